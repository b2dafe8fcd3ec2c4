package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Slack sends the app, field for field as Slack's documents show them: the slash command's form fields and the
 * JSON payloads of block_suggestion, block_actions, view_submission and view_closed. {@code token} is the deprecated
 * verification token Slack still includes.
 */
final class Payloads {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final String token;

    Payloads(String verificationToken) {
        this.token = verificationToken;
    }

    Map<String, String> command(Person person, String command, String text, String triggerId, String responseUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", token);
        fields.put("team_id", Workspace.TEAM_ID);
        fields.put("team_domain", Workspace.TEAM_DOMAIN);
        fields.put("channel_id", Workspace.CHANNEL_ID);
        fields.put("channel_name", Workspace.CHANNEL_NAME);
        fields.put("user_id", person.id());
        fields.put("user_name", person.username());
        fields.put("command", command);
        fields.put("text", text);
        fields.put("api_app_id", Workspace.APP_ID);
        fields.put("is_enterprise_install", "false");
        fields.put("response_url", responseUrl);
        fields.put("trigger_id", triggerId);
        return fields;
    }

    ObjectNode blockSuggestion(Person person, JsonNode view, String blockId, String actionId, String value) {
        ObjectNode payload = base("block_suggestion", person);
        payload.putObject("container").put("type", "view").put("view_id", view.path("id").asText());
        payload.put("action_id", actionId).put("block_id", blockId).put("value", value);
        payload.set("view", view);
        return payload;
    }

    ObjectNode blockActionsInView(Person person, JsonNode view, JsonNode action, String triggerId) {
        ObjectNode payload = base("block_actions", person);
        payload.putObject("container").put("type", "view").put("view_id", view.path("id").asText());
        payload.put("trigger_id", triggerId);
        payload.set("view", view);
        payload.putArray("actions").add(action);
        return payload;
    }

    ObjectNode blockActionsInMessage(Person person, JsonNode message, JsonNode action, String triggerId,
                                     String responseUrl) {
        ObjectNode payload = base("block_actions", person);
        String channelId = message.path("channel").asText();
        payload.putObject("container").put("type", "message").put("message_ts", message.path("ts").asText())
                .put("channel_id", channelId).put("is_ephemeral", !message.path("ephemeral_to").isNull()
                        && message.has("ephemeral_to"));
        payload.put("trigger_id", triggerId);
        payload.putObject("channel").put("id", channelId).put("name", channelId.equals(Workspace.CHANNEL_ID)
                ? Workspace.CHANNEL_NAME : "directmessage");
        ObjectNode shown = message.deepCopy();
        shown.remove(java.util.List.of("ephemeral_to", "direct", "text_html"));
        payload.set("message", shown);
        payload.put("response_url", responseUrl);
        payload.putArray("actions").add(action);
        return payload;
    }

    ObjectNode viewSubmission(Person person, JsonNode view, String triggerId) {
        ObjectNode payload = base("view_submission", person);
        payload.put("trigger_id", triggerId);
        payload.set("view", view);
        payload.putArray("response_urls");
        return payload;
    }

    ObjectNode viewClosed(Person person, JsonNode view, boolean cleared) {
        ObjectNode payload = base("view_closed", person);
        payload.set("view", view);
        payload.put("is_cleared", cleared);
        return payload;
    }

    private ObjectNode base(String type, Person person) {
        ObjectNode payload = NODES.objectNode().put("type", type);
        payload.putObject("team").put("id", Workspace.TEAM_ID).put("domain", Workspace.TEAM_DOMAIN);
        payload.putObject("user").put("id", person.id()).put("username", person.username())
                .put("name", person.username()).put("team_id", Workspace.TEAM_ID);
        payload.put("api_app_id", Workspace.APP_ID).put("token", token);
        payload.putNull("enterprise");
        payload.put("is_enterprise_install", false);
        return payload;
    }
}
