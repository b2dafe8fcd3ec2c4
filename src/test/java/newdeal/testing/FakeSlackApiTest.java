package newdeal.testing;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsUpdateResponse;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FakeSlackApiTest {
    private static final String TOKEN = "xoxb-test-0000-token";
    private final FakeSlackApi fake = FakeSlackApi.start();
    private final MethodsClient slack = client(fake);

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void answers_auth_test_and_records_that_a_token_came_without_keeping_it() throws Exception {
        assertThat(slack.authTest(r -> r).isOk()).isTrue();

        RecordedCall call = fake.calls("auth.test").get(0);
        assertThat(call.tokenPresent()).isTrue();
        assertThat(call.params()).doesNotContainKey("token");
        assertThat(call.toString()).doesNotContain(TOKEN);
    }

    @Test
    void opens_a_view_with_an_id_and_a_hash_and_refuses_an_update_with_a_stale_hash() throws Exception {
        ViewsOpenResponse opened = slack.viewsOpen(r -> r.triggerId("1.2.3").view(modal("First")));
        String id = opened.getView().getId();
        String firstHash = opened.getView().getHash();

        ViewsUpdateResponse updated = slack.viewsUpdate(r -> r.viewId(id).hash(firstHash).view(modal("Second")));
        ViewsUpdateResponse stale = slack.viewsUpdate(r -> r.viewId(id).hash(firstHash).view(modal("Third")));

        assertThat(updated.isOk()).isTrue();
        assertThat(updated.getView().getHash()).isNotEqualTo(firstHash);
        assertThat(stale.getError()).isEqualTo("hash_conflict");
        assertThat(fake.view(id).orElseThrow().path("title").path("text").asText()).isEqualTo("Second");
        assertThat(fake.calls("views.open").get(0).json("view").path("callback_id").asText()).isEqualTo("new_deal");
    }

    @Test
    void takes_views_calls_as_json_bodies_with_a_bearer_token_a_null_hash_being_no_hash() throws Exception {
        var http = Slack.getInstance().getHttpClient();
        String view = "{\"type\":\"modal\",\"callback_id\":\"new_deal\","
                + "\"title\":{\"type\":\"plain_text\",\"text\":\"A\"}}";

        String opened = json(http.postCamelCaseJsonBodyWithBearerHeader(fake.apiUrl() + "views.open", TOKEN,
                "{\"trigger_id\":\"1.2\",\"view\":" + view + "}"));
        String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(opened).at("/view/id").asText();
        String renamed = view.replace("\"A\"", "\"B\"");
        String updated = json(http.postCamelCaseJsonBodyWithBearerHeader(fake.apiUrl() + "views.update", TOKEN,
                "{\"view_id\":\"" + id + "\",\"hash\":null,\"view\":" + renamed + "}"));

        assertThat(updated).contains("\"ok\":true");
        assertThat(fake.calls("views.open").get(0).param("trigger_id")).isEqualTo("1.2");
        assertThat(fake.calls("views.open").get(0).tokenPresent()).isTrue();
        assertThat(fake.calls("views.update").get(0).params()).doesNotContainKey("hash");
        assertThat(fake.view(id).orElseThrow().at("/title/text").asText()).isEqualTo("B");
    }

    private static String json(okhttp3.Response response) throws java.io.IOException {
        try (response) {
            return response.body().string();
        }
    }

    @Test
    void tells_listeners_of_each_call_and_when_lean_keeps_no_calls_and_only_the_last_views() throws Exception {
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        fake.listen((call, bytes) -> heard.add(call.param("trigger_id") + ":" + (bytes > 100))).lean(1);

        String first = slack.viewsOpen(r -> r.triggerId("t1").view(modal("A"))).getView().getId();
        String second = slack.viewsOpen(r -> r.triggerId("t2").view(modal("B"))).getView().getId();

        assertThat(heard).containsExactly("t1:true", "t2:true");
        assertThat(fake.calls()).isEmpty();
        assertThat(fake.view(first)).isEmpty();
        assertThat(fake.view(second)).isPresent();
    }

    @Test
    void answers_users_info_with_the_registered_email_and_user_not_found_otherwise() throws Exception {
        fake.user("U1", "Ana.Rep@Example.com");

        assertThat(slack.usersInfo(r -> r.user("U1")).getUser().getProfile().getEmail())
                .isEqualTo("Ana.Rep@Example.com");
        assertThat(slack.usersInfo(r -> r.user("U2")).getError()).isEqualTo("user_not_found");
    }

    @Test
    void fails_the_next_call_with_the_given_error_then_behaves_again() throws Exception {
        fake.failNext("views.open", "expired_trigger_id");

        assertThat(slack.viewsOpen(r -> r.triggerId("1").view(modal("A"))).getError()).isEqualTo("expired_trigger_id");
        assertThat(slack.viewsOpen(r -> r.triggerId("2").view(modal("A"))).isOk()).isTrue();
    }

    @Test
    void answers_any_method_with_the_given_json_after_the_given_latency() throws Exception {
        fake.answer("apps.connections.open", "{\"ok\":true,\"url\":\"ws://127.0.0.1:1/link\"}")
                .latency("apps.connections.open", Duration.ofMillis(200));
        long started = System.nanoTime();

        var answer = slack.appsConnectionsOpen(r -> r.token("xapp-1-test"));

        assertThat(answer.getUrl()).isEqualTo("ws://127.0.0.1:1/link");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void records_posts_to_a_response_url_and_can_refuse_them() throws Exception {
        fake.responseUrlsAnswer(404);
        var http = Slack.getInstance().getHttpClient();

        var response = http.postJsonBody(fake.responseUrl("r1"), java.util.Map.of("text", "hi"));

        assertThat(response.code()).isEqualTo(404);
        response.close();
        ResponseUrlPost post = fake.awaitResponseUrlPost(Duration.ofSeconds(1));
        assertThat(post.path()).isEqualTo("/response/r1");
        assertThat(post.body().path("text").asText()).isEqualTo("hi");
        assertThat(List.of(post.answeredStatus())).containsExactly(404);
    }

    private static View modal(String title) {
        return View.builder().type("modal").callbackId("new_deal")
                .title(ViewTitle.builder().type("plain_text").text(title).build()).blocks(List.of()).build();
    }

    private static MethodsClient client(FakeSlackApi fake) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        return Slack.getInstance(config).methods(TOKEN);
    }
}
