package newdeal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.time.Instant;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.SlackHttp;
import newdeal.testing.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter on its own: a Bolt app inside Javalin, with listeners that misbehave. */
class BoltAdapterTest {
    private static final String SECRET = "adapter0test0signing0secret00000";
    private final FakeSlackApi slack = FakeSlackApi.start();
    private final SlackRequests requests = new SlackRequests(SECRET);
    private WebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        slack.close();
    }

    private String start(App app) {
        app.start();
        server = WebServer.start(0, new BoltAdapter(app), ctx -> ctx.result("ok"));
        return "http://127.0.0.1:" + server.port() + WebServer.EVENTS_PATH;
    }

    private App app() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        return new App(AppConfig.builder().signingSecret(SECRET).singleTeamBotToken("xoxb-adapter-test")
                .slack(Slack.getInstance(config)).build());
    }

    @Test
    void copies_status_content_type_and_body_of_bolts_answer() {
        String url = start(app().command("/new-deal", (req, ctx) -> ctx.ack("Hello " + req.getPayload().getText())));

        SlackHttp.Answer answer = SlackHttp.post(url, requests.command("there", "http://127.0.0.1:1/r"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body()).contains("Hello there");
    }

    @Test
    void answers_a_failing_listener_with_a_plain_200_not_a_5xx_or_a_stack_trace() {
        String url = start(app().command("/new-deal", (req, ctx) -> {
            throw new IllegalStateException("boom at newdeal.Secret");
        }));

        SlackHttp.Answer answer = SlackHttp.post(url, requests.command("x", "http://127.0.0.1:1/r"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("unexpected problem").doesNotContain("boom").doesNotContain("Exception");
    }

    @Test
    void answers_400_to_bodies_that_are_no_slack_request_and_lets_bolt_answer_unknown_commands() {
        String url = start(app());

        assertThat(SlackHttp.post(url, requests.sign("", SlackRequests.FORM, Instant.now())).status()).isEqualTo(400);
        assertThat(SlackHttp.post(url, requests.sign("payload=%ZZ", SlackRequests.FORM, Instant.now())).status())
                .isEqualTo(400);
        assertThat(SlackHttp.post(url, requests.command("x", "http://127.0.0.1:1/r")).status()).isEqualTo(404);
    }

    @Test
    void tells_slack_bodies_from_other_bodies() {
        assertThat(SlackBodies.mayBeSlack("token=a&command=%2Fnew-deal&text=")).isTrue();
        assertThat(SlackBodies.mayBeSlack("payload=%7B%22type%22%3A%22view_submission%22%7D")).isTrue();
        assertThat(SlackBodies.mayBeSlack("{\"type\":\"url_verification\",\"challenge\":\"x\"}")).isTrue();
        assertThat(SlackBodies.mayBeSlack("name=x&commander=y")).isFalse();
        assertThat(SlackBodies.mayBeSlack("{\"hello\":1}")).isFalse();
        assertThat(SlackBodies.mayBeSlack(null)).isFalse();
    }
}
