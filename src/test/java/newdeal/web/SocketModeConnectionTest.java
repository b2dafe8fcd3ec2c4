package newdeal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.block.composition.PlainTextObject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.RecordedCall;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The app against a local websocket server standing in for Slack's Socket Mode endpoint, and {@link FakeSlackApi}
 * answering {@code apps.connections.open} with that server's URL.
 */
class SocketModeConnectionTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String APP_TOKEN = "xapp-not-a-real-app-token-socket-mode-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeSlackApi slackApi = FakeSlackApi.start();
    private final SocketModeSlackServer slackSocket = SocketModeSlackServer.listening();
    private final App app = new App(AppConfig.builder()
            .singleTeamBotToken("xoxb-not-a-real-token-socket-mode-test")
            .signingSecret("unused-over-socket-mode")
            .slack(Slack.getInstance(configFor(slackApi)))
            .build());
    private final HealthState health = new HealthState();
    private SocketModeConnection connection;

    private static SlackConfig configFor(FakeSlackApi api) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.apiUrl());
        return config;
    }

    @BeforeEach
    void slack_hands_out_the_local_websocket_url() {
        slackApi.answer("apps.connections.open",
                "{\"ok\": true, \"url\": \"" + slackSocket.url() + "/link/?ticket=2f0e4a7b&app_id=A0001NEWDL\"}");
    }

    @AfterEach
    void close() throws Exception {
        if (connection != null) {
            connection.stop();
        }
        slackSocket.stop();
        slackApi.close();
    }

    @Test
    void runs_the_command_listener_for_a_slash_command_envelope_and_acknowledges_it() throws Exception {
        AtomicReference<SlashCommandPayload> received = new AtomicReference<>();
        app.command("/new-deal", (req, ctx) -> {
            received.set(req.getPayload());
            return ctx.ack();
        });
        connection = new SocketModeConnection(app, APP_TOKEN, health);

        connection.start();
        slackSocket.awaitClient(WAIT);
        slackSocket.send(envelope("slash_commands", "b4c2d8e1-6c3f-4f5e-9a0b-1c2d3e4f5a6b", command("Globex renewal")));

        assertThat(JSON.readTree(slackSocket.awaitReply(WAIT)))
                .isEqualTo(JSON.readTree("{\"envelope_id\": \"b4c2d8e1-6c3f-4f5e-9a0b-1c2d3e4f5a6b\"}"));
        assertThat(received.get().getText()).isEqualTo("Globex renewal");
        assertThat(received.get().getUserId()).isEqualTo("U0001ANA");
        assertThat(received.get().getTriggerId()).isEqualTo("13345224609.738474920.8088930838d88f008e0");
        assertThat(slackApi.calls("apps.connections.open")).isNotEmpty().allMatch(RecordedCall::tokenPresent);
        assertThat(slackApi.calls("auth.test")).isNotEmpty();
    }

    @Test
    void answers_an_options_load_with_the_options_in_the_acknowledgement() throws Exception {
        app.blockSuggestion("account", (req, ctx) -> ctx.ack(r -> r.options(List.of(Option.builder()
                .text(PlainTextObject.builder().text("Globex " + req.getPayload().getValue()).build())
                .value("4b1c6a2e-0d7f-4e55-8a8e-2f3c9d0b7a11").build()))));
        connection = new SocketModeConnection(app, APP_TOKEN, health);

        connection.start();
        slackSocket.awaitClient(WAIT);
        ObjectNode suggestion = fixture("block_suggestion.json").put("action_id", "account")
                .put("block_id", "account_block").put("value", "glo");
        slackSocket.send(envelope("interactive", "0aa1c3e5-7b9d-4f00-8e1f-3a5b7c9d1e2f", suggestion));

        JsonNode reply = JSON.readTree(slackSocket.awaitReply(WAIT));
        assertThat(reply.get("envelope_id").asText()).isEqualTo("0aa1c3e5-7b9d-4f00-8e1f-3a5b7c9d1e2f");
        assertThat(reply.at("/payload/options/0/text/text").asText()).isEqualTo("Globex glo");
        assertThat(reply.at("/payload/options/0/value").asText()).isEqualTo("4b1c6a2e-0d7f-4e55-8a8e-2f3c9d0b7a11");
    }

    @Test
    void lets_a_request_in_progress_send_its_acknowledgement_before_the_websocket_closes() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        app.command("/new-deal", (req, ctx) -> {
            running.countDown();
            pause(Duration.ofMillis(400));
            return ctx.ack();
        });
        connection = new SocketModeConnection(app, APP_TOKEN, health);
        connection.start();
        slackSocket.awaitClient(WAIT);
        slackSocket.send(envelope("slash_commands", "5e6f7a8b-1c2d-4e3f-9a0b-c1d2e3f4a5b6", command("Late one")));
        assertThat(running.await(5, TimeUnit.SECONDS)).as("the listener started").isTrue();

        connection.stop();

        assertThat(JSON.readTree(slackSocket.awaitReply(WAIT)).get("envelope_id").asText())
                .isEqualTo("5e6f7a8b-1c2d-4e3f-9a0b-c1d2e3f4a5b6");
        slackSocket.awaitNoClient(WAIT);
    }

    @Test
    void stops_taking_requests_and_does_not_reconnect_after_stop() throws Exception {
        connection = new SocketModeConnection(app, APP_TOKEN, health);
        connection.start();
        slackSocket.awaitClient(WAIT);
        int opened = slackApi.calls("apps.connections.open").size();

        connection.stop();

        slackSocket.awaitNoClient(WAIT);
        assertThat(slackApi.calls("apps.connections.open")).hasSize(opened);
    }

    @Test
    void tells_health_when_the_websocket_opens_drops_and_opens_again() {
        connection = new SocketModeConnection(app, APP_TOKEN, health);
        assertThat(health.slackConnected()).as("before the start").isEmpty();

        connection.start();
        awaitConnected(true, WAIT);

        // Slack drops the connection and, for now, hands out no new one
        slackApi.answer("apps.connections.open", "{\"ok\": false, \"error\": \"internal_error\"}");
        slackSocket.dropClients();
        awaitConnected(false, WAIT);

        // Bolt's session monitor (every 5 s) opens a new one as soon as Slack hands it out
        slack_hands_out_the_local_websocket_url();
        awaitConnected(true, Duration.ofSeconds(12));
        assertThat(slackSocket.clientCount()).isEqualTo(1);
    }

    @Test
    void says_what_to_check_when_slack_refuses_the_app_token() {
        slackApi.answer("apps.connections.open", "{\"ok\": false, \"error\": \"invalid_auth\"}");
        connection = new SocketModeConnection(app, APP_TOKEN, health);

        assertThatThrownBy(connection::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apps.connections.open failed")
                .hasMessageContaining("SLACK_APP_TOKEN")
                .hasMessageNotContaining(APP_TOKEN);
    }

    private void awaitConnected(boolean open, Duration timeout) {
        Waiting.until(() -> health.slackConnected().equals(Optional.of(open)), timeout,
                () -> "health never said the websocket is " + (open ? "open" : "closed") + ": "
                        + health.slackConnected());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An envelope as Slack's Socket Mode server sends it. */
    private static String envelope(String type, String envelopeId, JsonNode payload) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("payload", payload);
        envelope.put("envelope_id", envelopeId).put("type", type).put("accepts_response_payload", true);
        return envelope.toString();
    }

    /** A slash command's fields, which Socket Mode carries as a JSON object instead of a form. */
    private static ObjectNode command(String text) throws IOException {
        return fixture("command.json").put("text", text);
    }

    private static ObjectNode fixture(String name) throws IOException {
        try (InputStream in = SocketModeConnectionTest.class.getResourceAsStream("/slack/" + name)) {
            assertThat(in).as("fixture src/test/resources/slack/" + name).isNotNull();
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
