package newdeal.pipeliner;

import static newdeal.pipeliner.MockPipeliner.PREFIX;
import static newdeal.pipeliner.MockPipeliner.json;
import static newdeal.pipeliner.MockPipeliner.soon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An account is created with exactly the body the spec declares, and never twice. */
class PipelinerClientAccountCreateTest {
    private static final String OWNER = "6c1a9d3e-2b7f-4e1a-9c55-0d2f8a4b7e11";
    private static final String OURS = "ac000009-0000-4000-8000-000000000009";
    private static final NewAccount BRANDNEU = new NewAccount(" Brandneu AG ", OWNER, "info@brandneu.example");
    private final MockPipeliner pipeliner = MockPipeliner.checkingRequests();
    private final PipelinerClient client = pipeliner.client();

    @AfterEach
    void stop() throws Exception {
        pipeliner.close();
        pipeliner.conformance.assertRequestsConform();
    }

    @Test
    void posts_the_name_owner_and_email_and_returns_the_stored_account() {
        pipeliner.reply(201, "accounts-create-201.json");

        Account created = client.createAccount(BRANDNEU, soon());

        assertThat(created).isEqualTo(new Account(OURS, "Brandneu AG", "info@brandneu.example", null, OWNER));
        RecordedRequest post = pipeliner.take();
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getRequestUrl().encodedPath()).isEqualTo(PREFIX + "Accounts");
        assertThat(post.getHeader("Content-Type")).startsWith("application/json");
        assertThat(post.getBody().readUtf8()).isEqualTo(
                "{\"name\":\"Brandneu AG\",\"owner_id\":\"" + OWNER + "\",\"email1\":\"info@brandneu.example\"}");
    }

    @Test
    void leaves_a_blank_email_out() {
        pipeliner.reply(201, "accounts-create-201.json");

        client.createAccount(new NewAccount("Brandneu AG", OWNER, " "), soon());

        assertThat(pipeliner.take().getBody().readUtf8()).isEqualTo("{\"name\":\"Brandneu AG\",\"owner_id\":\"" + OWNER + "\"}");
    }

    @Test
    void refuses_an_account_without_name_or_owner_before_sending_anything() {
        assertThatThrownBy(() -> client.createAccount(new NewAccount(" ", OWNER, null), soon()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> client.createAccount(new NewAccount("Brandneu AG", null, null), soon()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ownerId");
        assertThat(pipeliner.server.getRequestCount()).isZero();
    }

    @Test
    void reports_pipeliner_s_refusal_field_by_field_after_one_post() {
        pipeliner.reply(422, "accounts-create-422-fields.json");

        PipelinerApiException e = catchThrowableOfType(PipelinerApiException.class,
                () -> client.createAccount(BRANDNEU, soon()));

        assertThat(e.status()).isEqualTo(422);
        assertThat(e.fieldErrors()).containsOnlyKeys("owner_id");
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void finds_the_account_a_timed_out_create_made_without_posting_again() {
        pipeliner.reply(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE))
                .reply(200, "opportunities-lookup-empty.json").reply(200, "accounts-lookup-found.json");
        Instant before = Instant.now();

        Account found = client.createAccount(BRANDNEU, soon());

        assertThat(found.id()).as("the exact name, not 'Brandneu AG (old)'").isEqualTo(OURS);
        List<RecordedRequest> requests = pipeliner.received();
        assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("POST", "GET", "GET");
        assertLookup(requests.get(1), before);
    }

    @Test
    void looks_instead_of_posting_again_after_a_503() {
        pipeliner.reply(new MockResponse().setResponseCode(503)).reply(200, "accounts-lookup-found.json");

        assertThat(client.createAccount(BRANDNEU, soon()).id()).isEqualTo(OURS);
        assertThat(pipeliner.received()).extracting(RecordedRequest::getMethod).containsExactly("POST", "GET");
    }

    @Test
    void posts_again_after_a_429_which_pipeliner_did_not_act_on() {
        pipeliner.reply(new MockResponse().setResponseCode(429)).reply(201, "accounts-create-201.json");

        assertThat(client.createAccount(BRANDNEU, soon()).id()).isEqualTo(OURS);
        assertThat(pipeliner.received()).extracting(RecordedRequest::getMethod).containsExactly("POST", "POST");
    }

    @Test
    void says_it_may_exist_when_no_look_finds_it_by_the_deadline() throws Exception {
        // Without the spec checks here: the deadline is short, and only what reaches the server matters.
        try (MockPipeliner plain = new MockPipeliner()) {
            plain.server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return request.getMethod().equals("POST") ? new MockResponse().setResponseCode(504)
                            : json(200, "opportunities-lookup-empty.json");
                }
            });
            Instant deadline = Instant.now().plusSeconds(1);

            PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                    () -> plain.client().createAccount(BRANDNEU, deadline));

            assertThat(e.mayHaveReachedPipeliner()).isTrue();
            assertThat(e.getMessage()).contains("POST /entities/Accounts").endsWith("it may exist");
            assertThat(plain.received()).extracting(RecordedRequest::getMethod).containsOnlyOnce("POST")
                    .contains("GET");
        }
    }

    @Test
    void finds_an_account_created_since_a_time_by_exact_name_and_owner() {
        pipeliner.reply(200, "accounts-lookup-found.json");
        Instant since = Instant.parse("2026-12-04T17:20:00Z");

        assertThat(client.findAccountCreatedSince("Brandneu AG", OWNER, since, soon())).map(Account::id).contains(OURS);
        assertThat(pipeliner.take().getRequestUrl().queryParameter("filter[created]")).isEqualTo("2026-12-04 17:19:00");
    }

    private static void assertLookup(RecordedRequest lookup, Instant before) {
        HttpUrl url = lookup.getRequestUrl();
        assertThat(url.encodedPath()).isEqualTo(PREFIX + "Accounts");
        assertThat(url.queryParameter("filter[name]")).isEqualTo("Brandneu AG");
        assertThat(url.queryParameter("filter[owner_id]")).isEqualTo(OWNER);
        assertThat(url.queryParameter("filter-op[created]")).isEqualTo("gte");
        assertThat(url.queryParameter("order-by")).isEqualTo("-created");
        Instant since = LocalDateTime.parse(url.queryParameter("filter[created]"),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).toInstant(ZoneOffset.UTC);
        assertThat(since).as("from the first attempt, less a minute for clock skew")
                .isBetween(before.minusSeconds(62), before.minusSeconds(58));
    }
}
