package newdeal.playground;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * response_urls as Slack gives them with a slash command: each takes {@link #USES} posts within {@link #VALID}; a
 * later post gets Slack's {@code used_url} or {@code expired_url}.
 */
final class ResponseUrls {
    static final int USES = 5;
    static final Duration VALID = Duration.ofMinutes(30);

    /** Where a response_url posts to: the channel and the member who typed the command. */
    record Target(String channelId, String userId) {
    }

    private record Issued(Target target, Instant at, int uses) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    ResponseUrls(Clock clock) {
        this.clock = clock;
    }

    /** A new id; the URL is the stand-in's {@code /response/} followed by it. */
    String issue(Target target) {
        byte[] id = new byte[12];
        random.nextBytes(id);
        String key = HexFormat.of().formatHex(id);
        issued.put(key, new Issued(target, clock.instant(), 0));
        return key;
    }

    /** Counts one post: the target when the URL still takes it, else Slack's error. */
    Use post(String id) {
        Issued before = issued.get(id);
        if (before == null) {
            return new Use(Optional.empty(), "invalid_url");
        }
        if (clock.instant().isAfter(before.at().plus(VALID))) {
            return new Use(Optional.empty(), "expired_url");
        }
        Issued after = issued.computeIfPresent(id, (k, i) -> new Issued(i.target(), i.at(), i.uses() + 1));
        if (after == null || after.uses() > USES) {
            return new Use(Optional.empty(), "used_url");
        }
        return new Use(Optional.of(after.target()), null);
    }

    record Use(Optional<Target> target, String error) {
    }
}
