package newdeal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import newdeal.Main;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.SlackHttp;
import newdeal.testing.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the app started by Main uses Slack's Web API while it answers Slack's requests. */
class SlackWebApiUseTest {
    private static final String SECRET = "0c5e7b1f9a2d4e6b8c0d2f4a6b8c0e1f";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final FakeSlackApi slack = FakeSlackApi.start().user(SlackRequests.USER_ID, "anna@example.test");
    private final SlackRequests requests = new SlackRequests(SECRET);
    private Main.Running app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        slack.close();
    }

    private String start() {
        app = Main.start(Map.of("PORT", "0", "SLACK_SIGNING_SECRET", SECRET,
                "SLACK_BOT_TOKEN", "xoxb-not-a-real-token-web-api-use", "SLACK_API_URL", slack.apiUrl()),
                Main.Timings.defaults());
        return "http://127.0.0.1:" + app.port() + WebServer.EVENTS_PATH;
    }

    @Test
    void calls_auth_test_once_at_start_and_never_while_answering_a_request() {
        String events = start();
        assertThat(slack.calls("auth.test")).hasSize(1);

        // Bolt's cached answer counts as expired from the first request on unless it is kept for good, which is the
        // same path the request after Bolt's default 10 minutes would take.
        for (int i = 1; i <= 5; i++) {
            assertThat(SlackHttp.post(events, requests.command("Deal " + i, slack.responseUrl("r" + i))).status())
                    .isEqualTo(200);
        }

        slack.awaitCalls("views.open", 5, WAIT);
        assertThat(slack.calls("auth.test")).hasSize(1);
    }

    @Test
    void answers_the_command_inside_slacks_3_seconds_when_views_open_hangs() {
        String events = start();
        slack.latency("views.open", Duration.ofSeconds(3));

        SlackHttp.Answer answer = SlackHttp.post(events, requests.command("Slow Slack", slack.responseUrl("slow")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.took()).isLessThan(Duration.ofSeconds(3));
        assertThat(answer.body()).contains("Please type /new-deal again");
    }
}
