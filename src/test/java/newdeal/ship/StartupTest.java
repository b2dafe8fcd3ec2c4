package newdeal.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.Test;

/** {@code newdeal.Main} as an admin starts it: a separate JVM with only the environment it is given. */
class StartupTest {
    private static final String PASSWORD = "Pipeliner-Password-7c41d9e2";
    private static final String BOT_TOKEN = "xoxb-not-a-real-token-startup-test-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void prints_every_configuration_problem_at_once_and_exits_with_code_2() throws Exception {
        Map<String, String> env = Map.of(
                "PORT", "eighty",
                "SLACK_SIGNING_SECRET", BOT_TOKEN,
                "PIPELINER_SERVICE_URL", "https://eu-central.api.pipelinersales.com/api/v100/rest/spaces/fr_Myself",
                "PIPELINER_API_PASSWORD", PASSWORD);

        try (AppProcess app = AppProcess.start(env)) {
            assertThat(app.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            assertThat(app.output()).contains("new-deal cannot start, fix its environment:",
                    "PORT is not a port number (0-65535) (the value set has 6 characters)",
                    "SLACK_SIGNING_SECRET holds a token (ending in ...oken)",
                    "SLACK_BOT_TOKEN is not set",
                    "PIPELINER_SERVICE_URL must be the service address alone",
                    "PIPELINER_SPACE_ID is not set", "PIPELINER_API_USERNAME is not set")
                    .doesNotContain(PASSWORD, BOT_TOKEN, "Exception", "\tat ");
        }
    }

    @Test
    void serves_healthz_with_its_details_once_started_and_stops_on_sigterm() throws Exception {
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            int port = freePort();
            Map<String, String> env = Map.of("PORT", String.valueOf(port), "SLACK_SIGNING_SECRET",
                    "8f742231b10e8888abcd1234abcd5678", "SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_API_URL", slack.apiUrl());

            try (AppProcess app = AppProcess.start(env)) {
                JsonNode health = awaitHealthy(port, app);

                assertThat(health.get("status").asText()).isEqualTo("ok");
                assertThat(health.get("mode").asText()).isEqualTo("http");
                assertThat(health.at("/slack/auth_test_ok").asBoolean()).isTrue();
                assertThat(health.at("/pipeliner/target").asText()).isEqualTo("sandbox");
                assertThat(health.at("/pipeliner/reachable").asBoolean()).isTrue();
                assertThat(health.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
                assertThat(slack.calls("auth.test")).isNotEmpty();

                app.terminate();
                assertThat(app.awaitExit(Duration.ofSeconds(20))).as("exit code after SIGTERM").isEqualTo(143);
                assertThat(app.output()).doesNotContain(BOT_TOKEN, "8f742231b10e8888abcd1234abcd5678");
            }
        }
    }

    /**
     * Polls /healthz until it reports the state the test asserts: started, Slack's auth.test passed, Pipeliner reached
     * (the catalog loads in the background). On a busy machine auth.test may time out at start and pass at the retry
     * 30 s later, so the wait is long; it ends as soon as the state is there. No answer on the way may say "ok" before
     * auth.test has answered.
     */
    private static JsonNode awaitHealthy(int port, AppProcess app) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                .timeout(Duration.ofSeconds(2)).build();
        AtomicReference<JsonNode> last = new AtomicReference<>();
        Waiting.until(() -> {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                JsonNode body = JSON.readTree(response.body());
                last.set(body);
                if (body.path("status").asText().equals("ok") && !body.at("/slack/auth_test_ok").asBoolean()) {
                    throw new AssertionError("/healthz said ok before auth.test passed: " + body);
                }
                return response.statusCode() == 200 && body.path("status").asText().equals("ok")
                        && body.at("/slack/auth_test_ok").asBoolean() && body.at("/pipeliner/reachable").asBoolean();
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, Duration.ofSeconds(60), () -> "/healthz never reported the app started, Slack's token accepted and"
                + " Pipeliner reached; last body " + last.get() + "; output:\n" + app.output());
        return last.get();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
