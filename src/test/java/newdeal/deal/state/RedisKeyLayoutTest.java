package newdeal.deal.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Map;
import newdeal.testing.RedisServer;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What an admin finds in redis-cli, and that Redis itself expires it. */
class RedisKeyLayoutTest {
    @RegisterExtension
    static final RedisServer redis = RedisServer.plain();

    private static final Lifetimes LIFETIMES = Lifetimes.defaults();

    @BeforeEach
    void emptyRedis() {
        redis.running().admin().flushall();
    }

    @Test
    void keeps_each_piece_of_state_under_a_readable_key_with_its_lifetime() {
        RedisCommands<String, String> admin = redis.admin();
        try (StateStore store = Stores.connected(redis.endpoint(), LIFETIMES, Stores.RELAXED_TIMEOUT)) {
            Claim.Claimed held = (Claim.Claimed) store.claim("V2#0");
            store.finish((Claim.Claimed) store.claim("V1#0"), "{\"created\":\"opp-1\"}");
            store.markFirst(Marker.REPLY_SENT, "V1#0");
            store.markFirst(Marker.SIGNATURE_SEEN, "v0=9f86d0");
            store.putIfAbsent(Marker.OPPORTUNITY_CREATED_BY, "opp-1", "V1#0");
            store.writeModal("V1", 0, "{\"account\":\"A-1\"}");

            assertThat(admin.keys("*")).containsExactlyInAnyOrder("new-deal:submission:{V1#0}",
                    "new-deal:submission:{V2#0}", "new-deal:claimed:{V2#0}", "new-deal:reply:V1#0",
                    "new-deal:signature:v0=9f86d0", "new-deal:opportunity:opp-1", "new-deal:modal:V1");
            assertThat(admin.get("new-deal:submission:{V1#0}")).isEqualTo("outcome:{\"created\":\"opp-1\"}");
            assertThat(admin.get("new-deal:submission:{V2#0}")).isEqualTo("claimed:" + held.token());
            assertThat(admin.get("new-deal:opportunity:opp-1")).isEqualTo("V1#0");
            assertThat(admin.hgetall("new-deal:modal:V1"))
                    .isEqualTo(Map.of("version", "1", "state", "{\"account\":\"A-1\"}"));
            assertLifetime(admin, "new-deal:submission:{V2#0}", LIFETIMES.claimLease());
            assertLifetime(admin, "new-deal:claimed:{V2#0}", LIFETIMES.outcome());
            assertLifetime(admin, "new-deal:submission:{V1#0}", LIFETIMES.outcome());
            assertLifetime(admin, "new-deal:reply:V1#0", LIFETIMES.replySent());
            assertLifetime(admin, "new-deal:signature:v0=9f86d0", LIFETIMES.signatureSeen());
            assertLifetime(admin, "new-deal:opportunity:opp-1", LIFETIMES.opportunityCreatedBy());
            assertLifetime(admin, "new-deal:modal:V1", LIFETIMES.modal());
        }
    }

    private static void assertLifetime(RedisCommands<String, String> admin, String key, Duration lifetime) {
        assertThat(admin.pttl(key)).as("milliseconds left for %s", key)
                .isPositive().isLessThanOrEqualTo(lifetime.toMillis()).isGreaterThan(lifetime.toMillis() - 60_000);
    }

    @Test
    void lets_redis_expire_a_lease_so_another_instance_gets_the_key() {
        Lifetimes shortLease = LIFETIMES.withClaimLease(Duration.ofMillis(300));
        try (StateStore dying = Stores.connected(redis.endpoint(), shortLease, Stores.RELAXED_TIMEOUT);
             StateStore next = Stores.connected(redis.endpoint(), shortLease, Stores.RELAXED_TIMEOUT)) {
            assertThat(dying.claim("V1#0")).isInstanceOf(Claim.Claimed.class);

            Waiting.until("the other instance claims the key once the lease has lapsed", Duration.ofSeconds(10),
                    () -> next.claim("V1#0") instanceof Claim.Claimed c && c.earlierClaimLapsed());
        }
    }

    @Test
    void runs_its_scripts_again_on_a_redis_that_forgot_them() {
        try (StateStore store = Stores.connected(redis.endpoint(), LIFETIMES, Stores.RELAXED_TIMEOUT)) {
            store.claim("V1#0");
            redis.admin().scriptFlush();

            assertThat(store.claim("V1#0")).isEqualTo(new Claim.Held());
        }
    }
}
