package newdeal.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the stand-in sends the app is shaped and signed as Slack's, and Slack's answers are applied as Slack does. */
class SlackPayloadsTest {
    private final StandInRig rig = new StandInRig();

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void sends_a_slash_command_form_encoded_and_signed_with_a_fresh_trigger_each_time() {
        Map<String, String> first = rig.command("Globex renewal");
        Map<String, String> second = rig.command("Globex renewal");

        assertThat(rig.app.received()).allMatch(FakeApp.Received::signed);
        assertThat(first).containsEntry("command", "/new-deal").containsEntry("text", "Globex renewal")
                .containsEntry("user_id", StandInRig.REP).containsEntry("channel_id", Workspace.CHANNEL_ID)
                .containsKeys("token", "team_id", "team_domain", "channel_name", "user_name", "api_app_id",
                        "is_enterprise_install", "response_url", "trigger_id");
        assertThat(first.get("trigger_id")).isNotEqualTo(second.get("trigger_id"));
        assertThat(first.get("response_url")).startsWith(rig.playground.url() + "response/")
                .isNotEqualTo(second.get("response_url"));
    }

    @Test
    void submits_view_state_values_in_slacks_shape_for_each_element() {
        String viewId = rig.openModal(form()).path("view").path("id").asText();
        ObjectNode typed = rig.json.createObjectNode();
        typed.putObject("name").putObject("deal_name").put("type", "plain_text_input").put("value", "Globex");
        typed.putObject("value").putObject("value").put("type", "number_input").put("value", "12500.50");
        typed.putObject("date").putObject("closing_date").put("type", "datepicker").put("selected_date", "2027-01-18");
        typed.putObject("acc").putObject("account").put("type", "external_select")
                .set("selected_option", option("a1", "Globex Corporation", "sneaky"));
        ArrayNode contacts = typed.putObject("con").putObject("contacts").put("type", "multi_external_select")
                .putArray("selected_options");
        contacts.add(option("c1", "Sven Andersson", null)).add(option("c2", "Karl Murphy", null));

        rig.page("submit", rig.json.createObjectNode().put("view_id", viewId).set("values", typed));

        JsonNode payload = rig.parse(rig.app.last().payload());
        assertThat(payload.path("type").asText()).isEqualTo("view_submission");
        assertThat(payload.path("trigger_id").asText()).isNotEmpty();
        assertThat(payload.path("view").path("id").asText()).isEqualTo(viewId);
        JsonNode values = payload.path("view").path("state").path("values");
        assertThat(values.toString()).isEqualTo(rig.parse("""
                {"name":{"deal_name":{"type":"plain_text_input","value":"Globex"}},
                 "acc":{"account":{"type":"external_select","selected_option":
                   {"text":{"type":"plain_text","text":"Globex Corporation","emoji":true},"value":"a1"}}},
                 "con":{"contacts":{"type":"multi_external_select","selected_options":[
                   {"text":{"type":"plain_text","text":"Sven Andersson","emoji":true},"value":"c1"},
                   {"text":{"type":"plain_text","text":"Karl Murphy","emoji":true},"value":"c2"}]}},
                 "step":{"step":{"type":"static_select","selected_option":
                   {"text":{"type":"plain_text","text":"Qualification","emoji":true},"value":"s1"}}},
                 "value":{"value":{"type":"number_input","value":"12500.50"}},
                 "date":{"closing_date":{"type":"datepicker","selected_date":"2027-01-18"}},
                 "notes":{"description":{"type":"plain_text_input","value":null}}}""").toString());
        assertThat(rig.modalViews()).as("a plain acknowledgement closes the modal").isEmpty();
    }

    @Test
    void checks_required_inputs_itself_and_sends_nothing_when_one_is_empty() {
        String viewId = rig.openModal(form()).path("view").path("id").asText();
        int before = rig.app.received().size();

        rig.page("submit", rig.json.createObjectNode().put("view_id", viewId));

        assertThat(rig.app.received()).hasSize(before);
        JsonNode top = rig.modalViews().get(0);
        assertThat(top.path("errors").path("name").asText()).isEqualTo(InputRules.REQUIRED);
        assertThat(top.path("errors").has("notes")).as("optional").isFalse();
    }

    @Test
    void shows_response_action_errors_under_their_inputs_and_keeps_the_view() {
        String viewId = rig.openModal(form()).path("view").path("id").asText();
        rig.app.answer(request -> "{\"response_action\":\"errors\",\"errors\":{\"value\":\"Enter 0 or more.\"}}");

        rig.page("submit", filled(viewId));

        JsonNode top = rig.modalViews().get(0);
        assertThat(top.path("view").path("id").asText()).isEqualTo(viewId);
        assertThat(top.path("errors").path("value").asText()).isEqualTo("Enter 0 or more.");
    }

    @Test
    void replaces_pushes_and_clears_views_as_the_submission_answer_says() {
        String viewId = rig.openModal(form()).path("view").path("id").asText();
        rig.app.answer(request -> "{\"response_action\":\"update\",\"view\":" + rig.view("Creating", 1) + "}");
        rig.page("submit", filled(viewId));
        JsonNode updated = rig.modalViews();
        rig.app.answer(request -> "{\"response_action\":\"push\",\"view\":" + form() + "}");
        rig.page("submit", filled(viewId));
        JsonNode pushed = rig.modalViews();
        rig.app.answer(request -> "{\"response_action\":\"clear\"}");
        rig.page("submit", filled(pushed.get(1).path("view").path("id").asText()));

        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).path("view").path("id").asText()).isEqualTo(viewId);
        assertThat(updated.get(0).path("view").path("title").path("text").asText()).isEqualTo("Creating");
        assertThat(pushed).hasSize(2);
        assertThat(rig.modalViews()).isEmpty();
    }

    @Test
    void sends_view_closed_when_the_view_asks_for_it() {
        ObjectNode view = form().put("notify_on_close", true);
        String viewId = rig.openModal(view).path("view").path("id").asText();

        rig.page("close", rig.json.createObjectNode().put("view_id", viewId).put("all", true));

        JsonNode payload = rig.parse(rig.app.last().payload());
        assertThat(payload.path("type").asText()).isEqualTo("view_closed");
        assertThat(payload.path("is_cleared").asBoolean()).isTrue();
        assertThat(payload.path("view").path("id").asText()).isEqualTo(viewId);
        assertThat(rig.modalViews()).isEmpty();
    }

    private ObjectNode filled(String viewId) {
        ObjectNode typed = rig.json.createObjectNode();
        typed.putObject("name").putObject("deal_name").put("type", "plain_text_input").put("value", "Globex");
        typed.putObject("value").putObject("value").put("type", "number_input").put("value", "5");
        typed.putObject("acc").putObject("account").put("type", "external_select")
                .set("selected_option", option("a1", "Globex Corporation", null));
        return rig.json.createObjectNode().put("view_id", viewId).set("values", typed);
    }

    private ObjectNode option(String value, String text, String extra) {
        ObjectNode option = rig.json.createObjectNode().put("value", value);
        option.putObject("text").put("type", "plain_text").put("text", text);
        if (extra != null) {
            option.put("extra", extra);
        }
        return option;
    }

    /** The deal form's element types, with their initial values where the app sets some. */
    private ObjectNode form() {
        return (ObjectNode) rig.parse("""
                {"type":"modal","callback_id":"new_deal","title":{"type":"plain_text","text":"New deal"},
                 "submit":{"type":"plain_text","text":"Create deal"},"blocks":[
                 {"type":"input","block_id":"name","label":{"type":"plain_text","text":"Deal name"},
                  "element":{"type":"plain_text_input","action_id":"deal_name"}},
                 {"type":"input","block_id":"acc","dispatch_action":true,"label":{"type":"plain_text","text":"Account"},
                  "element":{"type":"external_select","action_id":"account","min_query_length":1}},
                 {"type":"input","block_id":"con","optional":true,"label":{"type":"plain_text","text":"Contacts"},
                  "element":{"type":"multi_external_select","action_id":"contacts"}},
                 {"type":"input","block_id":"step","label":{"type":"plain_text","text":"Step"},
                  "element":{"type":"static_select","action_id":"step",
                   "initial_option":{"text":{"type":"plain_text","text":"Qualification"},"value":"s1"},
                   "options":[{"text":{"type":"plain_text","text":"Qualification"},"value":"s1"}]}},
                 {"type":"input","block_id":"value","label":{"type":"plain_text","text":"Value"},
                  "element":{"type":"number_input","action_id":"value","is_decimal_allowed":true}},
                 {"type":"input","block_id":"date","label":{"type":"plain_text","text":"Closing date"},
                  "element":{"type":"datepicker","action_id":"closing_date","initial_date":"2026-12-31"}},
                 {"type":"input","block_id":"notes","optional":true,"label":{"type":"plain_text","text":"Notes"},
                  "element":{"type":"plain_text_input","action_id":"description","multiline":true}}]}""");
    }
}
