package newdeal.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stand-in holds the app to Slack's rules over real HTTP: tokens, methods, triggers, hashes, response_urls. */
class SlackRulesTest {
    private final StandInRig rig = new StandInRig();

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void refuses_calls_without_the_bot_token_and_with_another_one() {
        assertThat(rig.api("auth.test", Map.of()).path("error").asText()).isEqualTo("not_authed");
        assertThat(rig.api("auth.test", Map.of("token", "xoxb-1-2-other")).path("error").asText())
                .isEqualTo("invalid_auth");
        assertThat(rig.apiJson("auth.test", rig.json.createObjectNode(), "xoxb-1-2-other").path("error").asText())
                .isEqualTo("invalid_auth");
        JsonNode ok = rig.api("auth.test", Map.of("token", rig.botToken()));
        assertThat(ok.path("ok").asBoolean()).isTrue();
        assertThat(ok.path("user_id").asText()).isEqualTo(Workspace.BOT_USER_ID);
    }

    @Test
    void answers_a_method_it_does_not_have_with_unknown_method() {
        JsonNode answer = rig.api("chat.scheduleMessage", Map.of("token", rig.botToken()));

        assertThat(answer.path("error").asText()).isEqualTo("unknown_method");
        assertThat(answer.path("req_method").asText()).isEqualTo("chat.scheduleMessage");
    }

    @Test
    void takes_views_open_form_encoded_with_the_view_as_json_text() {
        String trigger = rig.command("Globex").get("trigger_id");

        JsonNode answer = rig.api("views.open", Map.of("token", rig.botToken(), "trigger_id", trigger,
                "view", rig.view("New deal", 1).toString()));

        assertThat(answer.path("ok").asBoolean()).as(answer.toString()).isTrue();
        assertThat(answer.path("view").path("id").asText()).startsWith("V");
        assertThat(rig.modalViews()).hasSize(1);
    }

    @Test
    void lets_a_trigger_open_one_view_only() {
        String trigger = rig.command("Globex").get("trigger_id");
        ObjectNode open = rig.json.createObjectNode().put("trigger_id", trigger).set("view", rig.view("New deal", 1));

        assertThat(rig.apiJson("views.open", open, rig.botToken()).path("ok").asBoolean()).isTrue();
        JsonNode again = rig.apiJson("views.open", open, rig.botToken());

        assertThat(again.path("error").asText()).isEqualTo("exchanged_trigger_id");
        assertThat(hoodStatuses()).contains("exchanged_trigger_id");
    }

    @Test
    void refuses_a_trigger_used_more_than_3_seconds_after_it_was_issued() {
        String late = rig.command("Globex").get("trigger_id");
        String inTime = rig.command("Initech").get("trigger_id");
        rig.clock.advance(Duration.ofMillis(2900));
        JsonNode first = rig.apiJson("views.open", rig.json.createObjectNode().put("trigger_id", inTime)
                .set("view", rig.view("New deal", 1)), rig.botToken());
        rig.clock.advance(Duration.ofMillis(200));

        JsonNode second = rig.apiJson("views.open", rig.json.createObjectNode().put("trigger_id", late)
                .set("view", rig.view("New deal", 1)), rig.botToken());

        assertThat(first.path("ok").asBoolean()).isTrue();
        assertThat(second.path("error").asText()).isEqualTo("expired_trigger_id");
    }

    @Test
    void refuses_an_update_that_names_a_hash_the_view_no_longer_has() {
        JsonNode opened = rig.openModal(rig.view("New deal", 1)).path("view");
        String viewId = opened.path("id").asText();
        String firstHash = opened.path("hash").asText();
        JsonNode updated = rig.apiJson("views.update", rig.json.createObjectNode().put("view_id", viewId)
                .put("hash", firstHash).set("view", rig.view("New deal", 2)), rig.botToken());

        JsonNode stale = rig.apiJson("views.update", rig.json.createObjectNode().put("view_id", viewId)
                .put("hash", firstHash).set("view", rig.view("Stale", 3)), rig.botToken());

        assertThat(updated.path("view").path("hash").asText()).isNotEqualTo(firstHash);
        assertThat(stale.path("error").asText()).isEqualTo("hash_conflict");
        assertThat(rig.modalViews().get(0).path("view").path("blocks")).hasSize(2);
    }

    @Test
    void takes_a_response_url_five_times_then_answers_used_url() {
        String responseUrl = rig.command("Globex").get("response_url");
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            statuses.add(post(responseUrl, "{\"text\":\"Reply " + i + "\"}"));
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 404);
        JsonNode messages = rig.snapshot().path("messages");
        assertThat(messages).hasSize(5);
        assertThat(messages.get(0).path("ephemeral_to").asText()).isEqualTo(StandInRig.REP);
    }

    @Test
    void asks_the_app_for_options_only_once_min_query_length_characters_are_typed() {
        ObjectNode view = rig.view("New deal", 0);
        ObjectNode block = ((com.fasterxml.jackson.databind.node.ArrayNode) view.get("blocks")).addObject()
                .put("type", "input").put("block_id", "acc");
        block.putObject("label").put("type", "plain_text").put("text", "Account");
        block.putObject("element").put("type", "external_select").put("action_id", "account");
        view.putObject("submit").put("type", "plain_text").put("text", "Create");
        String viewId = rig.openModal(view).path("view").path("id").asText();
        int before = rig.app.received().size();
        rig.app.answer(request -> "{\"options\":[]}");

        JsonNode tooShort = rig.page("suggest", rig.json.createObjectNode().put("view_id", viewId)
                .put("block_id", "acc").put("action_id", "account").put("value", "gl"));
        int afterTwo = rig.app.received().size();
        JsonNode longEnough = rig.page("suggest", rig.json.createObjectNode().put("view_id", viewId)
                .put("block_id", "acc").put("action_id", "account").put("value", "glo"));

        assertThat(tooShort.path("error").asText()).isEqualTo("min_query_length");
        assertThat(afterTwo).isEqualTo(before);
        assertThat(longEnough.path("ok").asBoolean()).isTrue();
        assertThat(rig.parse(rig.app.last().payload()).path("value").asText()).isEqualTo("glo");
    }

    @Test
    void answers_an_unknown_command_as_slack_does_without_asking_the_app() {
        rig.page("message", rig.json.createObjectNode().put("text", "/new-dael Globex"));

        JsonNode message = rig.snapshot().path("messages").get(0);
        assertThat(message.path("text").asText()).isEqualTo("`/new-dael` is not a valid command. In Slack, all "
                + "messages that start with the \"/\" character are interpreted as commands.");
        assertThat(message.path("user").asText()).isEqualTo("USLACKBOT");
        assertThat(rig.app.received()).isEmpty();
    }

    @Test
    void shows_each_call_under_the_hood_and_never_a_token_or_secret() {
        rig.openModal(rig.view("New deal", 1));
        rig.api("auth.test", Map.of("token", rig.botToken()));

        String page = rig.snapshot().toString();

        assertThat(hoodStatuses()).isNotEmpty();
        assertThat(page).contains("slash_command /new-deal", "views.open", "auth.test")
                .doesNotContain(rig.botToken(), rig.app.env.get("SLACK_SIGNING_SECRET"), "Bearer", "Authorization");
    }

    private java.util.List<String> hoodStatuses() {
        java.util.List<String> statuses = new java.util.ArrayList<>();
        rig.snapshot().path("hood").forEach(e -> statuses.add(e.path("status").asText()));
        return statuses;
    }

    private static int post(String url, String json) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url)).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
