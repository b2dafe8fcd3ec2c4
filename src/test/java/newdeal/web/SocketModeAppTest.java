package newdeal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import newdeal.Config;
import newdeal.Main;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.RecordedCall;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole app started by Main with SLACK_APP_TOKEN set, against a local stand-in for Slack's Socket Mode server. */
class SocketModeAppTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final FakeSlackApi slackApi = FakeSlackApi.start().user("U0001ANA", "anna.keller@northwind-sales.example");
    private final SocketModeSlackServer slackSocket = SocketModeSlackServer.listening();
    private Main.Running app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        slackSocket.stop();
        slackApi.close();
    }

    private void startApp() {
        slackApi.answer("apps.connections.open",
                "{\"ok\": true, \"url\": \"" + slackSocket.url() + "/link/?ticket=9c2d&app_id=A0001NEWDL\"}");
        app = Main.start(Map.of("PORT", "0", "SLACK_SIGNING_SECRET", "5f1a9c0ffee0d15ea5e0ddba11c0de42",
                "SLACK_BOT_TOKEN", "xoxb-not-a-real-token-socket-mode-app", "SLACK_APP_TOKEN",
                "xapp-not-a-real-app-token-socket-mode-app", "SLACK_API_URL", slackApi.apiUrl()),
                Main.Timings.defaults());
    }

    @Test
    void connects_opens_the_modal_for_a_command_from_the_websocket_and_keeps_serving_healthz() throws Exception {
        startApp();
        slackSocket.awaitClient(WAIT);
        JsonNode health = awaitHealthy();
        slackSocket.send(slashCommand("7f3e2d1c-0b9a-4877-a665-544332211000", "Globex renewal"));

        assertThat(JSON.readTree(slackSocket.awaitReply(WAIT)))
                .isEqualTo(JSON.readTree("{\"envelope_id\": \"7f3e2d1c-0b9a-4877-a665-544332211000\"}"));
        RecordedCall opened = slackApi.awaitCall("views.open", WAIT);
        assertThat(opened.param("trigger_id")).isEqualTo("13345224609.738474920.8088930838d88f008e0");
        assertThat(opened.json("view").toString()).contains("Globex renewal");
        assertThat(health.get("mode").asText()).isEqualTo("socket");
        assertThat(health.at("/slack/connected").asBoolean()).isTrue();
        assertThat(post("/slack/events").statusCode()).as("no Slack requests over HTTP").isEqualTo(404);
    }

    @Test
    void answers_healthz_with_503_while_the_websocket_to_slack_is_down() {
        startApp();
        awaitHealthy();

        slackApi.answer("apps.connections.open", "{\"ok\": false, \"error\": \"internal_error\"}");
        slackSocket.dropClients();

        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        Waiting.until(() -> {
            last.set(get("/healthz"));
            return last.get().statusCode() == 503;
        }, WAIT, () -> "/healthz still answers " + last.get().body());
        JsonNode body = read(last.get().body());
        assertThat(body.get("status").asText()).isEqualTo("disconnected");
        assertThat(body.at("/slack/connected").asBoolean()).isFalse();
        assertThat(body.at("/slack/auth_test_ok").asBoolean()).isTrue();
    }

    @Test
    void refuses_to_start_when_slack_refuses_the_bot_token_instead_of_retrying_as_in_http_mode() {
        slackApi.answer("auth.test", "{\"ok\": false, \"error\": \"invalid_auth\"}");

        assertThatThrownBy(this::startApp).as("Main.main prints the message and exits with code 1")
                .isInstanceOf(RuntimeException.class).isNotInstanceOf(Config.Invalid.class)
                .hasMessageContaining("auth.test error: invalid_auth")
                .hasMessageNotContaining("xoxb-not-a-real-token-socket-mode-app");
        assertThat(slackSocket.clientCount()).isZero();
    }

    private JsonNode awaitHealthy() {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        Waiting.until(() -> {
            HttpResponse<String> response = get("/healthz");
            last.set(read(response.body()));
            return response.statusCode() == 200 && "ok".equals(last.get().path("status").asText());
        }, WAIT, () -> "/healthz never said ok; last body " + last.get());
        return last.get();
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString("")).build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer from " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** A slash_commands envelope as Slack's Socket Mode server sends it: the command's fields as a JSON object. */
    private static String slashCommand(String envelopeId, String text) throws IOException {
        try (InputStream in = SocketModeAppTest.class.getResourceAsStream("/slack/command.json")) {
            ObjectNode envelope = JSON.createObjectNode();
            envelope.set("payload", ((ObjectNode) JSON.readTree(in)).put("text", text));
            return envelope.put("envelope_id", envelopeId).put("type", "slash_commands")
                    .put("accepts_response_payload", true).toString();
        }
    }
}
