package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewTitle;
import com.slack.api.util.json.GsonFactory;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** views.open and views.update go to Slack as JSON with a bearer token; only the view's id and hash are read back. */
class SlackWebViewsTest {
    private static final String TOKEN = "xoxb-slack-web-views-test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MockWebServer server = new MockWebServer();
    private final SlackWeb web = web();

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void opens_a_view_with_a_json_body_and_the_token_as_a_bearer_header() throws Exception {
        server.enqueue(ok("{\"ok\":true,\"view\":{\"id\":\"V1\",\"hash\":\"1.a\"}}"));
        View view = modal("Deal <b> & co", "{\"channel\":\"C1\"}");

        SlackWeb.Opening opening = web.open("12.34.ab", view);

        RecordedRequest request = server.takeRequest(2, TimeUnit.SECONDS);
        assertThat(request.getPath()).isEqualTo("/api/views.open");
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        JsonNode body = JSON.readTree(request.getBody().readUtf8());
        assertThat(body.path("trigger_id").asText()).isEqualTo("12.34.ab");
        assertThat(body.path("view")).isEqualTo(JSON.readTree(GsonFactory.createSnakeCase().toJson(view)));
        assertThat(opening.view()).contains(new SlackWeb.OpenedView("V1", "1.a"));
    }

    @Test
    void writes_text_as_it_is_not_html_escaped_which_keeps_the_body_small() throws Exception {
        server.enqueue(ok("{\"ok\":true,\"view\":{\"id\":\"V1\",\"hash\":\"1.a\"}}"));

        web.open("1", modal("Deal <b> & co ›", null));

        String sent = server.takeRequest(2, TimeUnit.SECONDS).getBody().readUtf8();
        assertThat(sent).contains("\"text\":\"Deal <b> & co ›\"").doesNotContain("\\u003c");
    }

    @Test
    void reads_the_id_and_hash_wherever_they_stand_in_the_echoed_view() {
        server.enqueue(ok("{\"ok\":true,\"view\":{\"blocks\":[{\"type\":\"input\",\"element\":{\"id\":\"X\"}}],"
                + "\"state\":{\"values\":{}},\"hash\":\"9.z\",\"id\":\"V9\",\"title\":{\"id\":\"T\"}},"
                + "\"response_metadata\":{\"messages\":[]}}"));

        assertThat(web.open("1", modal("Deal", null)).view()).contains(new SlackWeb.OpenedView("V9", "9.z"));
    }

    @Test
    void updates_with_the_hash_and_leaves_the_hash_out_when_there_is_none() throws Exception {
        server.enqueue(ok("{\"ok\":true,\"view\":{\"id\":\"V1\",\"hash\":\"2.b\"}}"));
        server.enqueue(ok("{\"ok\":true,\"view\":{\"id\":\"V1\",\"hash\":\"3.c\"}}"));

        Optional<String> checked = web.update("V1", "1.a", modal("Deal", null));
        Optional<String> unchecked = web.update("V1", null, modal("Deal", null));

        JsonNode first = JSON.readTree(server.takeRequest(2, TimeUnit.SECONDS).getBody().readUtf8());
        JsonNode second = JSON.readTree(server.takeRequest(2, TimeUnit.SECONDS).getBody().readUtf8());
        assertThat(first.path("view_id").asText()).isEqualTo("V1");
        assertThat(first.path("hash").asText()).isEqualTo("1.a");
        assertThat(second.has("hash")).isFalse();
        assertThat(checked).contains("2.b");
        assertThat(unchecked).contains("3.c");
    }

    @Test
    void answers_slacks_error_codes_as_slack_gave_them() {
        server.enqueue(ok("{\"ok\":false,\"error\":\"expired_trigger_id\"}"));
        server.enqueue(ok("{\"ok\":false,\"error\":\"hash_conflict\",\"response_metadata\":{\"messages\":[\"x\"]}}"));

        assertThat(web.open("1", modal("Deal", null))).isEqualTo(new SlackWeb.Opening(Optional.empty(),
                "expired_trigger_id"));
        assertThat(web.update("V1", "stale", modal("Deal", null))).isEmpty();
    }

    @Test
    void calls_slack_unreachable_on_an_error_status_an_unreadable_answer_or_a_dropped_connection() {
        server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"ok\":false,\"error\":\"fatal_error\"}"));
        server.enqueue(ok("<html>gateway</html>"));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        for (int i = 0; i < 3; i++) {
            assertThat(web.open("1", modal("Deal", null)).error()).isEqualTo(SlackWeb.UNREACHABLE);
        }
    }

    private SlackWeb web() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(server.url("/api/").toString());
        config.setStatsEnabled(false);
        return new SlackWeb(Slack.getInstance(config), TOKEN);
    }

    private static MockResponse ok(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8").setBody(body);
    }

    private static View modal(String title, String metadata) {
        return View.builder().type("modal").callbackId("new_deal").privateMetadata(metadata)
                .title(ViewTitle.builder().type("plain_text").text(title).build()).build();
    }
}
