package newdeal.deal.state;

import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link StateStore} in Redis (REDIS_URL), shared by every instance. Each operation is one atomic Lua script (a claim
 * is a {@code SET NX PX}), one read, or a PING; the lifetimes are Redis expirations, so Redis forgets on its own. Key
 * layout: {@link RedisKeys}.
 */
public final class RedisStateStore implements StateStore {
    /**
     * How long a call waits for each step: for a connection being opened, then for Redis's answer (and once more
     * for its answer to a script Redis had forgotten). A stopped Redis is refused at once; a hung one costs a call
     * about this long, well inside Slack's 3 s.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(500);

    private static final RedisScript CLAIM = RedisScript.of(ScriptOutputType.MULTI,
            "if redis.call('SET', KEYS[1], 'claimed:' .. ARGV[1], 'NX', 'PX', ARGV[2]) then",
            "  local lapsed = redis.call('EXISTS', KEYS[2])",
            "  redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[3])",
            "  return {'claimed', lapsed}",
            "end",
            "return {'taken', redis.call('GET', KEYS[1])}");
    private static final RedisScript FINISH = RedisScript.of(ScriptOutputType.INTEGER,
            "local current = redis.call('GET', KEYS[1])",
            "if current and current ~= 'claimed:' .. ARGV[1] then return 0 end",
            "redis.call('SET', KEYS[1], 'outcome:' .. ARGV[2], 'PX', ARGV[3])",
            "redis.call('DEL', KEYS[2])",
            "return 1");
    private static final RedisScript RELEASE = RedisScript.of(ScriptOutputType.INTEGER,
            "if redis.call('GET', KEYS[1]) ~= 'claimed:' .. ARGV[1] then return 0 end",
            "redis.call('DEL', KEYS[1], KEYS[2])",
            "return 1");
    private static final RedisScript PUT_IF_ABSENT = RedisScript.of(ScriptOutputType.MULTI,
            "local existing = redis.call('GET', KEYS[1])",
            "if existing then return {existing} end",
            "redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])",
            "return {}");
    private static final RedisScript WRITE_MODAL = RedisScript.of(ScriptOutputType.INTEGER,
            "if (redis.call('HGET', KEYS[1], 'version') or '0') ~= ARGV[1] then return 0 end",
            "redis.call('HINCRBY', KEYS[1], 'version', 1)",
            "redis.call('HSET', KEYS[1], 'state', ARGV[2])",
            "redis.call('PEXPIRE', KEYS[1], ARGV[3])",
            "return 1");

    private final RedisConnection redis;
    private final Lifetimes lifetimes;

    private RedisStateStore(RedisConnection redis, Lifetimes lifetimes) {
        this.redis = redis;
        this.lifetimes = lifetimes;
    }

    /**
     * Starts connecting in the background and returns at once: an unreachable Redis shows in {@link #health()} and
     * in each operation's {@link StateUnavailableException}, and the store connects as soon as Redis answers.
     */
    public static RedisStateStore open(RedisEndpoint endpoint, Lifetimes lifetimes, Duration timeout) {
        return new RedisStateStore(new RedisConnection(endpoint, timeout), lifetimes);
    }

    @Override
    public Claim claim(String submissionKey) {
        Ids.require("submission key", submissionKey);
        String token = UUID.randomUUID().toString();
        String[] keys = RedisKeys.submission(submissionKey);
        List<Object> answer;
        try {
            answer = redis.call("claim", c -> CLAIM.run(c, keys, token, millis(lifetimes.claimLease()),
                    millis(lifetimes.outcome())));
        } catch (StateUnavailableException e) {
            // The claim may have reached Redis and only its answer been lost: free the key if this claim holds it,
            // so that the rep's next try is not "held" by nobody until the lease lapses.
            redis.sendWithoutWaiting(c -> c.eval(RELEASE.body(), RELEASE.output(), keys, token));
            throw e;
        }
        if ("claimed".equals(answer.get(0))) {
            return new Claim.Claimed(submissionKey, token, Long.valueOf(1).equals(answer.get(1)));
        }
        String held = (String) answer.get(1);
        return held.startsWith(RedisKeys.OUTCOME) ? new Claim.Finished(held.substring(RedisKeys.OUTCOME.length()))
                : new Claim.Held();
    }

    @Override
    public boolean finish(Claim.Claimed claim, String outcome) {
        Ids.requireValue("outcome", outcome);
        Long done = redis.call("finish", c -> FINISH.run(c, RedisKeys.submission(claim.submissionKey()),
                claim.token(), outcome, millis(lifetimes.outcome())));
        return done == 1;
    }

    @Override
    public boolean release(Claim.Claimed claim) {
        Long released = redis.call("release", c -> RELEASE.run(c, RedisKeys.submission(claim.submissionKey()),
                claim.token()));
        return released == 1;
    }

    @Override
    public Optional<String> putIfAbsent(Marker marker, String id, String value) {
        Ids.require(marker.segment() + " id", id);
        Ids.requireValue("marker value", value);
        List<Object> existing = redis.call("mark " + marker.segment(), c -> PUT_IF_ABSENT.run(c,
                new String[] {RedisKeys.marker(marker, id)}, value, millis(lifetimes.of(marker))));
        return existing.isEmpty() ? Optional.empty() : Optional.of((String) existing.get(0));
    }

    @Override
    public Optional<Versioned> readModal(String viewId) {
        Ids.require("view id", viewId);
        List<KeyValue<String, String>> fields = redis.call("read modal",
                c -> c.hmget(RedisKeys.modal(viewId), "version", "state"));
        if (fields.get(0).isEmpty() || fields.get(1).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Versioned(Long.parseLong(fields.get(0).getValue()), fields.get(1).getValue()));
    }

    @Override
    public boolean writeModal(String viewId, long expectedVersion, String state) {
        Ids.require("view id", viewId);
        Ids.requireVersion(expectedVersion);
        Ids.requireValue("modal state", state);
        Long written = redis.call("write modal", c -> WRITE_MODAL.run(c, new String[] {RedisKeys.modal(viewId)},
                Long.toString(expectedVersion), state, millis(lifetimes.modal())));
        return written == 1;
    }

    @Override
    public StateHealth health() {
        try {
            redis.call("ping", c -> c.ping());
            return new StateHealth("redis", true);
        } catch (RuntimeException e) { // unavailable, or closed
            return new StateHealth("redis", false);
        }
    }

    @Override
    public void close() {
        redis.close();
    }

    private static String millis(Duration d) {
        return Long.toString(d.toMillis());
    }
}
