package newdeal.pipeliner;

import static newdeal.pipeliner.MockPipeliner.soon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PipelinerClientRetryTest {
    private final MockPipeliner pipeliner = new MockPipeliner();
    private final PipelinerClient client = pipeliner.client();

    @AfterEach
    void stop() throws Exception {
        pipeliner.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 502, 503, 504})
    void retries_a_read_after_a_temporary_status(int status) {
        pipeliner.reply(new MockResponse().setResponseCode(status)).reply(200, "currencies.json");

        assertThat(client.listCurrencies(soon())).hasSize(2);
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retries_a_read_after_the_connection_drops() {
        pipeliner.reply(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST))
                .reply(200, "currencies.json");

        assertThat(client.listCurrencies(soon())).hasSize(2);
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void gives_up_after_the_configured_attempts_as_unavailable() {
        for (int i = 0; i < 4; i++) {
            pipeliner.reply(new MockResponse().setResponseCode(503));
        }

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.listOpportunityTypes(soon()));

        assertThat(e.getMessage()).contains("503").contains("after 3 attempt(s)");
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void plans_a_wait_as_long_as_retry_after_asks_when_that_is_sane() {
        // A fixed clock instead of a real wait: Retry-After counts whole seconds, too long for a unit test to sleep.
        Transport transport = new Transport(MockPipeliner.BASE, MockPipeliner.MAPPER,
                Clock.fixed(Instant.parse("2025-08-01T10:15:30Z"), ZoneOffset.UTC),
                new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(2)),
                Duration.ofSeconds(1));

        assertThat(transport.retryWait(answer(429, "1"), 1)).contains(Duration.ofSeconds(1));
        assertThat(transport.retryWait(answer(503, "Fri, 01 Aug 2025 10:15:32 GMT"), 1))
                .contains(Duration.ofSeconds(2));
        assertThat(transport.retryWait(answer(503, "Fri, 01 Aug 2025 10:15:33 GMT"), 1)).as("more than allowed")
                .isEmpty();
        assertThat(transport.retryWait(answer(429, "1"), 3)).as("no attempt left").isEmpty();
    }

    @Test
    void stops_retrying_when_retry_after_asks_for_more_than_the_policy_allows() {
        pipeliner.reply(new MockResponse().setResponseCode(503).setHeader("Retry-After", "3600"))
                .reply(200, "currencies.json");

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.listCurrencies(soon()));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("503").contains("after 1 attempt(s)");
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void does_not_sleep_past_the_deadline_for_a_retry_after() {
        pipeliner.reply(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"))
                .reply(200, "currencies.json");
        Instant deadline = Instant.now().plusMillis(300);

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.listCurrencies(deadline));

        assertThat(Instant.now()).as("gave up at once instead of sleeping 1 s").isBefore(deadline.plusMillis(200));
        assertThat(e.getMessage()).contains("within the deadline").contains("HTTP 429");
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void cuts_a_slow_answer_off_at_the_deadline_even_when_the_call_timeout_is_longer() {
        PipelinerClient patient = pipeliner.builder()
                .timeouts(PipelinerClientBuilder.Timeouts.defaults().withConnect(Duration.ofSeconds(5))
                        .withRead(Duration.ofSeconds(5)).withCall(Duration.ofSeconds(5)))
                .build();
        pipeliner.reply(new MockResponse().setHeadersDelay(800, TimeUnit.MILLISECONDS).setBody("{}"));
        Instant deadline = Instant.now().plusMillis(300);

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> patient.listCurrencies(deadline));

        assertThat(e).isNotNull();
        assertThat(Instant.now()).isBefore(deadline.plusMillis(500));
        assertThat(pipeliner.server.getRequestCount()).as("no attempt after the deadline").isEqualTo(1);
    }

    @Test
    void makes_no_attempt_once_the_deadline_has_passed() {
        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.listCurrencies(Instant.now().minusMillis(1)));

        assertThat(e.getMessage()).contains("within the deadline");
        assertThat(e.mayHaveReachedPipeliner()).isFalse();
        assertThat(pipeliner.server.getRequestCount()).isZero();
    }

    @Test
    void reports_a_refused_connection_as_unavailable_without_having_reached_pipeliner() throws Exception {
        PipelinerClient client = pipeliner.client();
        pipeliner.close();

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.listCurrencies(soon()));

        assertThat(e.mayHaveReachedPipeliner()).isFalse();
        assertThat(e.getMessage()).contains("could not be reached").contains("after 3 attempt(s)");
    }

    private static Exchange.Answer answer(int status, String retryAfter) {
        return new Exchange.Answer(status, retryAfter, new byte[0]);
    }

    @Test
    void backs_off_exponentially_with_full_jitter_up_to_the_cap() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ZERO);

        assertThat(policy.backoff(1, 0.999)).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
        assertThat(policy.backoff(2, 0.999)).isBetween(Duration.ofMillis(199), Duration.ofMillis(200));
        assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(9, 0.999)).isBetween(Duration.ofMillis(998), Duration.ofMillis(1000));
        assertThat(policy.backoff(4, 0.0)).isEqualTo(Duration.ZERO);
    }
}
