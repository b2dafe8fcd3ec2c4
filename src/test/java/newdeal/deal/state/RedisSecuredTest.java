package newdeal.deal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newdeal.testing.RedisServer;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Redis as Heroku's Key-Value Store runs it: TLS only, with a self-signed certificate, and a password in the URL.
 */
class RedisSecuredTest {
    private static final String PASSWORD = "p4ss-w0rd-for-the-tls-test-7d1c";

    @RegisterExtension
    static final RedisServer redis = RedisServer.secured(PASSWORD, true);

    @Test
    void works_over_tls_with_a_self_signed_certificate_and_the_password_of_the_url() {
        RedisEndpoint endpoint = redis.endpoint();
        assertThat(endpoint.tls()).isTrue();

        try (StateStore store = Stores.connected(endpoint, Lifetimes.defaults(), Stores.RELAXED_TIMEOUT)) {
            assertThat(store.claim("V1#0")).isInstanceOf(Claim.Claimed.class);
            assertThat(store.health()).isEqualTo(new StateHealth("redis", true));
        }
    }

    @Test
    void says_the_password_was_refused_without_showing_it() {
        String wrong = "not-the-password-4e2a";
        RedisEndpoint endpoint = redis.endpoint();
        RedisEndpoint wrongPassword = new RedisEndpoint(endpoint.host(), endpoint.port(), true, Optional.empty(),
                Optional.of(wrong), 0);
        List<String> messages = new ArrayList<>();

        try (StateStore store = RedisStateStore.open(wrongPassword, Lifetimes.defaults(), Duration.ofSeconds(2))) {
            // Until the first connection was tried (seconds, on a busy machine), a call says it is not connected yet.
            Waiting.until("a call says that Redis refused the password", Duration.ofSeconds(60), () -> {
                StateUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                        () -> catchThrowableOfType(StateUnavailableException.class, () -> store.claim("V1#0")));
                messages.add(e.getMessage());
                return e.getMessage().contains("WRONGPASS");
            });
            assertThat(store.health().reachable()).isFalse();
        }
        assertThat(messages).allSatisfy(m -> assertThat(m).startsWith("Redis at " + endpoint.address() + ": claim")
                .doesNotContain(wrong, PASSWORD));
    }

    @Test
    void fails_plainly_when_the_url_says_redis_but_the_server_speaks_tls() {
        RedisEndpoint endpoint = redis.endpoint();
        RedisEndpoint plain = new RedisEndpoint(endpoint.host(), endpoint.port(), false, Optional.empty(),
                Optional.of(PASSWORD), 0);

        try (StateStore store = RedisStateStore.open(plain, Lifetimes.defaults(), Duration.ofMillis(500))) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> store.claim("V1#0"))
                    .isInstanceOf(StateUnavailableException.class)
                    .hasMessageStartingWith("Redis at " + endpoint.address() + ": claim"));
        }
    }
}
