package newdeal.pipeliner;

import static newdeal.pipeliner.MockPipeliner.PREFIX;
import static newdeal.pipeliner.MockPipeliner.soon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A create is never repeated blindly once the request may have reached Pipeliner. */
class AmbiguousCreateTest {
    private final MockPipeliner pipeliner = new MockPipeliner();
    private final PipelinerClient client = pipeliner.client();

    @AfterEach
    void stop() throws Exception {
        pipeliner.close();
    }

    @Test
    void returns_the_opportunity_a_timed_out_create_made_without_posting_again() {
        pipeliner.reply(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE))
                .reply(200, "opportunities-lookup-found.json");
        Instant before = Instant.now();

        Opportunity found = client.createOpportunity(Opportunities.globexRenewal(), soon());

        assertThat(found.id()).isEqualTo("0b000001-0000-4000-8000-000000000001");
        assertThat(pipeliner.take().getMethod()).isEqualTo("POST");
        assertLookup(pipeliner.take(), before);
        assertThat(pipeliner.server.getRequestCount()).as("no second POST").isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void looks_before_retrying_after_a_gateway_error_and_retries_exactly_once_when_nothing_was_made(int status) {
        pipeliner.reply(new MockResponse().setResponseCode(status))
                .reply(200, "opportunities-lookup-empty.json")
                .reply(201, "opportunities-create-201.json");

        Opportunity created = client.createOpportunity(Opportunities.globexRenewal(), soon());

        assertThat(created.id()).isEqualTo("0b000001-0000-4000-8000-000000000001");
        assertThat(pipeliner.take().getMethod()).isEqualTo("POST");
        assertThat(pipeliner.take().getMethod()).isEqualTo("GET");
        assertThat(pipeliner.take().getMethod()).isEqualTo("POST");
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void returns_what_a_dropped_connection_created_without_posting_again() {
        pipeliner.reply(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST))
                .reply(200, "opportunities-lookup-found.json");

        assertThat(client.createOpportunity(Opportunities.globexRenewal(), soon()).name()).isEqualTo("Globex renewal");
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void does_not_let_okhttp_resend_a_create_that_died_on_a_reused_connection() {
        pipeliner.reply(200, "currencies.json")
                .reply(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST))
                .reply(200, "opportunities-lookup-found.json");
        client.listCurrencies(soon());

        client.createOpportunity(Opportunities.globexRenewal(), soon());

        pipeliner.take();
        assertThat(pipeliner.take().getSequenceNumber()).as("the POST went over the pooled connection").isEqualTo(1);
        assertThat(pipeliner.take().getMethod()).isEqualTo("GET");
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void after_a_500_looks_once_and_reports_that_nothing_was_created_when_the_look_finds_nothing() {
        pipeliner.reply(500, "opportunities-500.json").reply(200, "opportunities-lookup-empty.json");

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.createOpportunity(Opportunities.globexRenewal(), soon()));

        assertThat(e.mayHaveReachedPipeliner()).isFalse();
        assertThat(e.getMessage()).contains("500").contains("Internal server error.").contains("holds no opportunity");
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retries_a_rate_limited_create_without_looking_first() {
        pipeliner.reply(new MockResponse().setResponseCode(429)).reply(201, "opportunities-create-201.json");

        client.createOpportunity(Opportunities.globexRenewal(), soon());

        assertThat(pipeliner.take().getMethod()).isEqualTo("POST");
        assertThat(pipeliner.take().getMethod()).isEqualTo("POST");
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void says_nothing_was_created_when_pipeliner_cannot_be_connected_to() throws Exception {
        PipelinerClient client = pipeliner.client();
        pipeliner.close();

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.createOpportunity(Opportunities.globexRenewal(), soon()));

        assertThat(e.mayHaveReachedPipeliner()).isFalse();
        assertThat(e.getMessage()).startsWith("Pipeliner could not be reached for POST /entities/Opportunities")
                .contains("after 3 attempt(s)");
    }

    @Test
    void says_it_may_have_been_created_when_the_deadline_leaves_no_time_to_look() {
        pipeliner.reply(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        PipelinerClient patient = pipeliner.builder()
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plusMillis(300);

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> patient.createOpportunity(Opportunities.globexRenewal(), deadline));

        assertThat(e.mayHaveReachedPipeliner()).isTrue();
        assertThat(Instant.now()).isBefore(deadline.plusMillis(500));
        assertThat(pipeliner.server.getRequestCount()).as("one POST, and no time left to look").isEqualTo(1);
    }

    @Test
    void says_nothing_was_created_when_the_attempts_run_out_and_every_look_found_nothing() {
        for (int i = 0; i < 3; i++) {
            pipeliner.reply(new MockResponse().setResponseCode(504)).reply(200, "opportunities-lookup-empty.json");
        }

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.createOpportunity(Opportunities.globexRenewal(), soon()));

        assertThat(e.mayHaveReachedPipeliner()).isFalse();
        assertThat(pipeliner.server.getRequestCount()).as("3 POSTs, each followed by a look").isEqualTo(6);
    }

    private static void assertLookup(RecordedRequest lookup, Instant before) {
        HttpUrl url = lookup.getRequestUrl();
        assertThat(lookup.getMethod()).isEqualTo("GET");
        assertThat(url.encodedPath()).isEqualTo(PREFIX + "Opportunities");
        assertThat(url.queryParameter("filter[name]")).isEqualTo("Globex renewal");
        assertThat(url.queryParameter("filter[owner_id]")).isEqualTo(Opportunities.OWNER);
        assertThat(url.queryParameter("filter-op[created]")).isEqualTo("gte");
        assertThat(url.encodedQuery()).contains("filter%5Bcreated%5D=");
        Instant since = LocalDateTime.parse(url.queryParameter("filter[created]"),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).toInstant(ZoneOffset.UTC);
        assertThat(since).as("the attempt's start minus the clock-skew margin")
                .isBetween(before.minus(Duration.ofMinutes(1)).minusSeconds(1), before.minus(Duration.ofMinutes(1)).plusSeconds(1));
        PipelinerClientReadsTest.assertSentHeaders(lookup);
    }
}
