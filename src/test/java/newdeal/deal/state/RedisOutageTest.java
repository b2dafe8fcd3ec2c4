package newdeal.deal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import newdeal.testing.RedisServer;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis taken away mid-test (stopped, or hung) and brought back: every call answers at once with the typed exception,
 * and the same store works again once Redis does. "At once" is bounded generously here (a busy machine must not fail
 * it); without the store's timeout, Lettuce would wait 60 s.
 */
class RedisOutageTest {
    @RegisterExtension
    static final RedisServer redis = RedisServer.plain();

    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final Duration NEVER_HANGS = Duration.ofSeconds(5);
    private static final Duration RECOVERY = Duration.ofSeconds(20);

    @AfterEach
    void redisRunsAgain() {
        redis.stop();
        redis.start();
    }

    @Test
    void answers_unavailable_while_redis_is_stopped_and_works_again_once_it_is_back() {
        try (StateStore store = connected()) {
            assertThat(store.claim("V1#0")).isInstanceOf(Claim.Claimed.class);

            redis.stop();

            assertUnavailable(store, "Redis at " + redis.endpoint().address() + ": claim");
            assertThat(store.health()).isEqualTo(new StateHealth("redis", false));
            redis.start();
            Waiting.until("the store reconnects by itself", RECOVERY, () -> store.health().reachable());
            assertThat(store.claim("V1#0")).as("a Redis restarted without persistence")
                    .isInstanceOf(Claim.Claimed.class);
        }
    }

    @Test
    void answers_within_its_timeout_while_redis_hangs_and_frees_a_claim_whose_answer_was_lost() {
        try (StateStore store = connected()) {
            redis.pause();

            assertUnavailable(store, "claim got no answer within 300 ms");
            redis.resume();
            Waiting.until("the store answers again", RECOVERY, () -> store.health().reachable());
            // The hung server ran the claim when it resumed, then the release sent after it: the key is free.
            assertThat(store.claim("V2#0")).isInstanceOfSatisfying(Claim.Claimed.class,
                    c -> assertThat(c.earlierClaimLapsed()).isFalse());
        }
    }

    @Test
    void starts_without_redis_and_connects_once_it_is_there() {
        redis.stop();
        try (StateStore store = RedisStateStore.open(redis.endpoint(), Lifetimes.defaults(), TIMEOUT)) {
            assertThat(store.health()).isEqualTo(new StateHealth("redis", false));
            assertUnavailable(store, "Redis at " + redis.endpoint().address() + ": claim");

            redis.start();

            Waiting.until("the store connects", RECOVERY, () -> store.health().reachable());
            assertThat(store.claim("V2#0")).isInstanceOf(Claim.Claimed.class);
        }
    }

    private static StateStore connected() {
        return Stores.connected(redis.endpoint(), Lifetimes.defaults(), TIMEOUT);
    }

    private static void assertUnavailable(StateStore store, String message) {
        assertTimeoutPreemptively(NEVER_HANGS, () -> assertThatThrownBy(() -> store.claim("V2#0"))
                .isInstanceOf(StateUnavailableException.class).hasMessageContaining(message));
    }
}
