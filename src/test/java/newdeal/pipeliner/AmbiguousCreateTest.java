package newdeal.pipeliner;

import static newdeal.pipeliner.MockPipeliner.PREFIX;
import static newdeal.pipeliner.MockPipeliner.json;
import static newdeal.pipeliner.MockPipeliner.soon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A create is never sent twice once it may have reached Pipeliner: the client looks for it instead. */
class AmbiguousCreateTest {
    private static final String OURS = "0b000001-0000-4000-8000-000000000001";
    private final MockPipeliner pipeliner = new MockPipeliner();
    private final PipelinerClient client = pipeliner.client();

    @AfterEach
    void stop() throws Exception {
        pipeliner.close();
    }

    @Test
    void returns_the_opportunity_a_timed_out_create_made_later_without_posting_again() {
        pipeliner.answerLooks(nothing(), nothing(), found())
                .reply(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        Instant before = Instant.now();

        Opportunity found = client.createOpportunity(Opportunities.globexRenewal(), soon());

        assertThat(found.id()).isEqualTo(OURS);
        List<RecordedRequest> requests = pipeliner.received();
        assertThat(methods(requests)).containsExactly("POST", "GET", "GET", "GET");
        assertLookup(requests.get(1), before);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 504})
    void keeps_looking_after_a_server_or_gateway_error_and_never_posts_again(int status) {
        pipeliner.answerLooks(nothing(), nothing(), found()).reply(new MockResponse().setResponseCode(status));

        Opportunity found = client.createOpportunity(Opportunities.globexRenewal(), soon());

        assertThat(found.id()).isEqualTo(OURS);
        assertThat(methods(pipeliner.received())).containsExactly("POST", "GET", "GET", "GET");
    }

    @Test
    void does_not_adopt_an_older_opportunity_with_the_same_name_and_owner_but_other_details() {
        pipeliner.answerLooks(json(200, "opportunities-lookup-lookalikes.json"), found())
                .reply(new MockResponse().setResponseCode(504));

        Opportunity found = client.createOpportunity(Opportunities.globexRenewal(), soon());

        assertThat(found.id()).as("ours, not one with another step, closing date, account or amount")
                .isEqualTo(OURS);
        assertThat(methods(pipeliner.received())).containsExactly("POST", "GET", "GET");
    }

    @Test
    void looks_once_after_a_503_and_posts_again_when_nothing_was_made() {
        pipeliner.answerLooks(nothing()).reply(new MockResponse().setResponseCode(503))
                .reply(201, "opportunities-create-201.json");

        Opportunity created = client.createOpportunity(Opportunities.globexRenewal(), soon());

        assertThat(created.id()).isEqualTo(OURS);
        assertThat(methods(pipeliner.received())).containsExactly("POST", "GET", "POST");
    }

    @Test
    void returns_what_a_create_answered_with_503_made_after_all_without_posting_again() {
        pipeliner.answerLooks(found()).reply(new MockResponse().setResponseCode(503));

        assertThat(client.createOpportunity(Opportunities.globexRenewal(), soon()).id()).isEqualTo(OURS);
        assertThat(methods(pipeliner.received())).containsExactly("POST", "GET");
    }

    @Test
    void keeps_looking_and_never_posts_again_when_the_look_after_a_503_fails() {
        pipeliner.answerLooks(json(500, "opportunities-500.json"), found())
                .reply(new MockResponse().setResponseCode(503));

        assertThat(client.createOpportunity(Opportunities.globexRenewal(), soon()).id()).isEqualTo(OURS);
        assertThat(methods(pipeliner.received())).containsExactly("POST", "GET", "GET");
    }

    @Test
    void never_posts_again_once_a_resent_create_times_out() {
        pipeliner.answerLooks(nothing(), nothing(), found()).reply(new MockResponse().setResponseCode(503))
                .reply(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        assertThat(client.createOpportunity(Opportunities.globexRenewal(), soon()).id()).isEqualTo(OURS);
        assertThat(methods(pipeliner.received())).containsExactly("POST", "GET", "POST", "GET", "GET");
    }

    @Test
    void says_it_may_exist_when_no_look_finds_it_by_the_deadline() {
        pipeliner.answerLooks(nothing()).reply(new MockResponse().setResponseCode(504));
        Instant deadline = Instant.now().plusMillis(500);

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.createOpportunity(Opportunities.globexRenewal(), deadline));

        assertThat(e).isNotNull();
        assertThat(e.mayHaveReachedPipeliner()).isTrue();
        assertThat(e.getMessage()).contains("HTTP 504").contains("not found by the deadline").endsWith("it may exist");
        assertThat(Instant.now()).as("looked until the deadline, not past it")
                .isBetween(deadline.minusMillis(100), deadline.plusMillis(400));
        List<String> methods = methods(pipeliner.received());
        assertThat(methods).startsWith("POST", "GET", "GET").containsOnlyOnce("POST");
    }

    @Test
    void returns_what_a_dropped_connection_created_without_posting_again() {
        pipeliner.answerLooks(found())
                .reply(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        assertThat(client.createOpportunity(Opportunities.globexRenewal(), soon()).name()).isEqualTo("Globex renewal");
        assertThat(methods(pipeliner.received())).containsExactly("POST", "GET");
    }

    @Test
    void does_not_let_okhttp_resend_a_create_that_died_on_a_reused_connection() {
        pipeliner.answerLooks(found()).reply(200, "currencies.json")
                .reply(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        client.listCurrencies(soon());

        client.createOpportunity(Opportunities.globexRenewal(), soon());

        List<RecordedRequest> requests = pipeliner.received();
        assertThat(requests.get(1).getSequenceNumber()).as("the POST went over the pooled connection").isEqualTo(1);
        assertThat(methods(requests)).containsExactly("GET", "POST", "GET");
    }

    @Test
    void retries_a_rate_limited_create_without_looking_first() {
        pipeliner.reply(new MockResponse().setResponseCode(429)).reply(201, "opportunities-create-201.json");

        client.createOpportunity(Opportunities.globexRenewal(), soon());

        assertThat(methods(pipeliner.received())).containsExactly("POST", "POST");
    }

    @Test
    void says_nothing_was_created_when_pipeliner_cannot_be_connected_to() throws Exception {
        PipelinerClient client = pipeliner.client();
        pipeliner.close();

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.createOpportunity(Opportunities.globexRenewal(), soon()));

        assertThat(e).isNotNull();
        assertThat(e.mayHaveReachedPipeliner()).isFalse();
        assertThat(e.getMessage()).startsWith("Pipeliner could not be reached for POST /entities/Opportunities")
                .contains("after 3 attempt(s)");
    }

    @Test
    void says_it_may_have_been_created_when_the_deadline_leaves_no_time_to_look() {
        pipeliner.reply(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        PipelinerClient patient = pipeliner.builder()
                .timeouts(PipelinerClientBuilder.Timeouts.defaults().withConnect(Duration.ofSeconds(5))
                        .withRead(Duration.ofSeconds(5)).withCall(Duration.ofSeconds(5)))
                .build();
        Instant deadline = Instant.now().plusMillis(300);

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> patient.createOpportunity(Opportunities.globexRenewal(), deadline));

        assertThat(e).isNotNull();
        assertThat(e.mayHaveReachedPipeliner()).isTrue();
        assertThat(Instant.now()).isBefore(deadline.plusMillis(500));
        assertThat(pipeliner.server.getRequestCount()).as("one POST, and no time left to look").isEqualTo(1);
    }

    @Test
    void says_nothing_was_created_when_the_resends_after_503s_run_out_and_every_look_found_nothing() {
        pipeliner.answerLooks(nothing());
        for (int i = 0; i < 3; i++) {
            pipeliner.reply(new MockResponse().setResponseCode(503));
        }

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.createOpportunity(Opportunities.globexRenewal(), soon()));

        assertThat(e).isNotNull();
        assertThat(e.mayHaveReachedPipeliner()).isFalse();
        assertThat(e.getMessage()).contains("503").contains("holds no opportunity");
        assertThat(methods(pipeliner.received())).containsExactly("POST", "GET", "POST", "GET", "POST", "GET");
    }

    private static MockResponse nothing() {
        return json(200, "opportunities-lookup-empty.json");
    }

    private static MockResponse found() {
        return json(200, "opportunities-lookup-found.json");
    }

    private static List<String> methods(List<RecordedRequest> requests) {
        return requests.stream().map(RecordedRequest::getMethod).toList();
    }

    private static void assertLookup(RecordedRequest lookup, Instant before) {
        HttpUrl url = lookup.getRequestUrl();
        assertThat(lookup.getMethod()).isEqualTo("GET");
        assertThat(url.encodedPath()).isEqualTo(PREFIX + "Opportunities");
        assertThat(url.queryParameter("filter[name]")).isEqualTo("Globex renewal");
        assertThat(url.queryParameter("filter[owner_id]")).isEqualTo(Opportunities.OWNER);
        assertThat(url.queryParameter("filter-op[created]")).isEqualTo("gte");
        assertThat(url.queryParameter("order-by")).as("newest first").isEqualTo("-created");
        assertThat(url.encodedQuery()).contains("filter%5Bcreated%5D=");
        Instant since = LocalDateTime.parse(url.queryParameter("filter[created]"),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).toInstant(ZoneOffset.UTC);
        assertThat(since).as("the first attempt's start minus the clock-skew margin")
                .isBetween(before.minus(Duration.ofMinutes(1)).minusSeconds(1),
                        before.minus(Duration.ofMinutes(1)).plusSeconds(1));
        PipelinerClientReadsTest.assertSentHeaders(lookup);
    }
}
