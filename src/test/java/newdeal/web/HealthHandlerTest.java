package newdeal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import newdeal.Config;
import newdeal.deal.CatalogStatus;
import newdeal.deal.IndexStatus;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class HealthHandlerTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CatalogStatus NEVER_LOADED =
            new CatalogStatus(Optional.empty(), Optional.empty(), Optional.empty());

    private final HealthState state = new HealthState();
    private final AtomicReference<CatalogStatus> catalog = new AtomicReference<>(NEVER_LOADED);
    private final AtomicReference<IndexStatus> index = new AtomicReference<>(new IndexStatus(IndexStatus.LOADING, 0,
            Optional.empty(), Optional.empty(), Optional.empty()));
    private final HealthFacts facts = new HealthFacts("1.2.3", HealthFacts.HTTP, "sandbox");

    private Javalin app(HealthFacts facts) {
        HealthHandler health = new HealthHandler(facts, state, catalog::get, index::get,
                Clock.fixed(NOW, ZoneOffset.UTC), MAPPER);
        return Javalin.create().get(WebServer.HEALTH_PATH, health);
    }

    private static JsonNode json(Response response) throws Exception {
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return MAPPER.readTree(response.body().string());
    }

    @Test
    void answers_503_before_the_app_has_finished_starting() {
        JavalinTest.test(app(facts), (server, client) -> {
            Response response = client.get("/healthz");

            assertThat(response.code()).isEqualTo(503);
            JsonNode body = json(response);
            assertThat(body.get("status").asText()).isEqualTo("starting");
            assertThat(body.at("/slack/auth_test_ok").isNull()).isTrue();
        });
    }

    @Test
    void answers_200_with_every_detail_once_started_and_pipeliner_answered() {
        catalog.set(new CatalogStatus(Optional.of(NOW.minusSeconds(42)), Optional.empty(), Optional.empty()));
        state.started(true);

        JavalinTest.test(app(facts), (server, client) -> {
            Response response = client.get("/healthz");

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
            assertThat(json(response)).isEqualTo(MAPPER.readTree("""
                    {"status": "ok", "version": "1.2.3", "mode": "http",
                     "slack": {"auth_test_ok": true},
                     "pipeliner": {"target": "sandbox", "reachable": true, "last_error": null,
                                   "last_error_at": null, "cache_age_seconds": 42,
                                   "account_index": {"state": "loading", "accounts": 0, "age_seconds": null,
                                                     "last_refresh": null, "last_refresh_at": null}}}"""));
        });
    }

    @Test
    void shows_the_account_index_its_size_its_age_and_how_its_last_refresh_ended_without_degrading() {
        catalog.set(new CatalogStatus(Optional.of(NOW), Optional.empty(), Optional.empty()));
        index.set(new IndexStatus(IndexStatus.READY, 20_000, Optional.of(NOW.minusSeconds(70)),
                Optional.of("unavailable: HTTP 503"), Optional.of(NOW.minusSeconds(10))));
        state.started(true);

        JavalinTest.test(app(facts), (server, client) -> {
            JsonNode body = json(client.get("/healthz"));

            assertThat(body.get("status").asText()).isEqualTo("ok");
            assertThat(body.at("/pipeliner/account_index")).isEqualTo(MAPPER.readTree("""
                    {"state": "ready", "accounts": 20000, "age_seconds": 70,
                     "last_refresh": "unavailable: HTTP 503", "last_refresh_at": "2026-03-02T10:15:20Z"}"""));
        });
    }

    @Test
    void stays_200_while_pipeliner_is_down_and_shows_its_last_error_and_the_age_of_what_is_served() {
        catalog.set(new CatalogStatus(Optional.of(NOW.minusSeconds(900)), Optional.of("unavailable: HTTP 503"),
                Optional.of(NOW.minusSeconds(5))));
        state.started(true);

        JavalinTest.test(app(facts), (server, client) -> {
            Response response = client.get("/healthz");

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.get("status").asText()).isEqualTo("degraded");
            assertThat(body.at("/pipeliner/reachable").asBoolean()).isFalse();
            assertThat(body.at("/pipeliner/last_error").asText()).isEqualTo("unavailable: HTTP 503");
            assertThat(body.at("/pipeliner/last_error_at").asText()).isEqualTo("2026-03-02T10:15:25Z");
            assertThat(body.at("/pipeliner/cache_age_seconds").asLong()).isEqualTo(900);
        });
    }

    @Test
    void stays_200_when_pipeliner_was_never_reached_and_says_nothing_is_cached() {
        catalog.set(new CatalogStatus(Optional.empty(), Optional.of("auth: HTTP 401"), Optional.of(NOW)));
        state.started(true);

        JavalinTest.test(app(facts), (server, client) -> {
            Response response = client.get("/healthz");

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.at("/pipeliner/reachable").asBoolean()).isFalse();
            assertThat(body.at("/pipeliner/cache_age_seconds").isNull()).isTrue();
        });
    }

    @Test
    void reports_degraded_when_slack_auth_test_failed_at_start() {
        catalog.set(new CatalogStatus(Optional.of(NOW), Optional.empty(), Optional.empty()));
        state.started(false);

        JavalinTest.test(app(facts), (server, client) -> {
            JsonNode body = json(client.get("/healthz"));

            assertThat(body.get("status").asText()).isEqualTo("degraded");
            assertThat(body.at("/slack/auth_test_ok").asBoolean()).isFalse();
        });
    }

    @Test
    void shows_socket_mode_and_the_pipeliner_host_but_no_secret_of_a_real_configuration() {
        String password = "Pipeliner-Password-4f2a9c";
        Config config = Config.from(Map.of("SLACK_SIGNING_SECRET", "8f742231b10e8888abcd1234abcd5678",
                "SLACK_BOT_TOKEN", "xoxb-not-a-real-token-for-health-tests",
                "SLACK_APP_TOKEN", "xapp-not-a-real-app-token-for-health-tests",
                "PIPELINER_SERVICE_URL", "https://eu-central.api.pipelinersales.com",
                "PIPELINER_SPACE_ID", "fr_Myself", "PIPELINER_API_USERNAME", "fr_Myself_API_user",
                "PIPELINER_API_PASSWORD", password));
        state.started(true);

        JavalinTest.test(app(HealthFacts.of("1.2.3", config.socketMode(), config.pipelinerTarget())), (server, client) -> {
            String body = client.get("/healthz").body().string();

            assertThat(MAPPER.readTree(body).get("mode").asText()).isEqualTo("socket");
            assertThat(MAPPER.readTree(body).at("/pipeliner/target").asText())
                    .isEqualTo("eu-central.api.pipelinersales.com");
            assertThat(body).doesNotContain(password, "fr_Myself", config.slackSigningSecret(),
                    config.slackBotToken(), config.slackAppToken().orElseThrow(), "xox", "xapp");
        });
    }

    @Test
    void in_socket_mode_answers_503_until_the_websocket_to_slack_first_opened() {
        catalog.set(new CatalogStatus(Optional.of(NOW), Optional.empty(), Optional.empty()));
        state.started(true);
        state.slackConnected(false);

        JavalinTest.test(app(new HealthFacts("1.2.3", HealthFacts.SOCKET, "sandbox")), (server, client) -> {
            Response response = client.get("/healthz");

            assertThat(response.code()).isEqualTo(503);
            assertThat(json(response).get("status").asText()).isEqualTo("starting");
        });
    }

    @Test
    void in_socket_mode_answers_200_while_the_websocket_is_open_and_503_while_it_is_down() {
        catalog.set(new CatalogStatus(Optional.of(NOW), Optional.empty(), Optional.empty()));
        state.started(true);
        HealthFacts socket = new HealthFacts("1.2.3", HealthFacts.SOCKET, "sandbox");

        state.slackConnected(true);
        JavalinTest.test(app(socket), (server, client) -> {
            Response response = client.get("/healthz");
            assertThat(response.code()).isEqualTo(200);
            assertThat(json(response).get("slack")).isEqualTo(MAPPER.readTree(
                    "{\"auth_test_ok\": true, \"connected\": true}"));
        });

        state.slackConnected(false);
        JavalinTest.test(app(socket), (server, client) -> {
            Response response = client.get("/healthz");
            assertThat(response.code()).isEqualTo(503);
            JsonNode body = json(response);
            assertThat(body.get("status").asText()).isEqualTo("disconnected");
            assertThat(body.at("/slack/connected").asBoolean()).isFalse();
        });
    }

    @Test
    void refuses_a_mode_it_does_not_know() {
        assertThatThrownBy(() -> new HealthFacts("1.0.0", "websocket", "sandbox"))
                .hasMessage("mode must be http or socket: websocket");
    }
}
