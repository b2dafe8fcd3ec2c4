package newdeal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newdeal.Main;
import newdeal.testing.CapturedLog;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import newdeal.testing.SlackRequests;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one log line per Slack request over HTTP, written by the app started by Main. */
class SlackRequestLogTest {
    private static final String SECRET = "9d3b7e21c4a85f60e1b2c3d4e5f6a7b8";
    private static final String BOT_TOKEN = "xoxb-not-a-real-token-request-log-7d1e";
    private static final String DEAL_NAME = "Zanzibar hush-hush expansion";
    private static final String ACCOUNT_QUERY = "Quixotic";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final FakeSlackApi slack = FakeSlackApi.start();
    private final SlackRequests requests = new SlackRequests(SECRET);
    private Main.Running app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        slack.close();
    }

    @Test
    void writes_one_line_per_request_with_type_id_status_and_milliseconds_and_nothing_of_the_payload() {
        app = Main.start(Map.of("PORT", "0", "SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", BOT_TOKEN,
                "SLACK_API_URL", slack.apiUrl()), Main.Timings.defaults());
        String events = "http://127.0.0.1:" + app.port() + WebServer.EVENTS_PATH;

        String log;
        try (CapturedLog captured = new CapturedLog()) {
            SlackHttp.post(events, requests.command(DEAL_NAME, slack.responseUrl("log")));
            slack.awaitCall("views.open", WAIT);
            String viewId = slack.lastOpenedViewId().orElseThrow();
            // A command sent before the catalog's first load gets "Loading…", which becomes the form a moment later.
            Waiting.until(() -> slack.view(viewId).orElseThrow().toString().contains("\"action_id\":\"account\""),
                    WAIT, () -> "the form never showed: " + slack.view(viewId));
            JsonNode view = slack.view(viewId).orElseThrow();
            SlackHttp.post(events, requests.blockSuggestion(view, "account", ACCOUNT_QUERY));
            SlackHttp.post(events, requests.viewSubmission(SlackForm.of(view).text("description", ACCOUNT_QUERY)));
            log = captured.text();
        }

        List<String> lines = log.lines().filter(l -> l.contains(" requests - ")).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches(".* slack Command /new-deal -> 200 in \\d+ ms");
        assertThat(lines.get(1)).matches(".* slack BlockSuggestion account -> 200 in \\d+ ms");
        assertThat(lines.get(2)).matches(".* slack ViewSubmission new_deal -> 200 in \\d+ ms");
        assertThat(log).doesNotContain(SECRET, BOT_TOKEN, BOT_TOKEN.substring(5), DEAL_NAME, ACCOUNT_QUERY);
    }
}
