package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.List;

/** A view as Slack holds and returns it: what the app sent, inside Slack's fields (id, hash, state, app ids…). */
final class ViewEnvelope {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final List<String> SENT = List.of("type", "blocks", "private_metadata", "callback_id", "title",
            "clear_on_close", "notify_on_close", "close", "submit", "external_id", "submit_disabled");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ViewEnvelope() {
    }

    static String newId() {
        StringBuilder id = new StringBuilder("V");
        for (int i = 0; i < 10; i++) {
            id.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return id.toString();
    }

    static String newHash() {
        return System.currentTimeMillis() / 1000 + "." + Long.toHexString(RANDOM.nextLong() >>> 16);
    }

    /** Slack's view object around {@code sent}, with a fresh hash and empty state. */
    static ObjectNode wrap(JsonNode sent, String id, String rootId, String previousId) {
        ObjectNode view = NODES.objectNode().put("id", id).put("team_id", Workspace.TEAM_ID);
        view.put("type", sent.path("type").asText("modal"));
        view.set("blocks", withBlockIds(sent.path("blocks")));
        view.put("private_metadata", sent.path("private_metadata").asText(""));
        view.put("callback_id", sent.path("callback_id").asText(""));
        view.putObject("state").putObject("values");
        view.put("hash", newHash());
        view.set("title", copyOrNull(sent, "title"));
        view.put("clear_on_close", sent.path("clear_on_close").asBoolean(false));
        view.put("notify_on_close", sent.path("notify_on_close").asBoolean(false));
        view.set("close", copyOrNull(sent, "close"));
        view.set("submit", copyOrNull(sent, "submit"));
        view.put("previous_view_id", previousId);
        view.put("root_view_id", rootId == null ? id : rootId);
        view.put("app_id", Workspace.APP_ID);
        view.put("external_id", sent.path("external_id").asText(""));
        view.put("app_installed_team_id", Workspace.TEAM_ID);
        view.put("bot_id", Workspace.BOT_ID);
        return view;
    }

    /** Slack gives every block the app left without a block_id one of its own (as in state.values keys). */
    static ArrayNode withBlockIds(JsonNode blocks) {
        ArrayNode out = NODES.arrayNode();
        for (JsonNode block : blocks) {
            ObjectNode copy = block.deepCopy();
            if (!copy.hasNonNull("block_id") || copy.path("block_id").asText().isEmpty()) {
                copy.put("block_id", randomBlockId());
            }
            out.add(copy);
        }
        return out;
    }

    private static String randomBlockId() {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /** Whether {@code sent} is a view object at all (the fields Slack reads are the known ones). */
    static boolean looksLikeView(JsonNode sent) {
        return sent != null && sent.isObject() && SENT.stream().anyMatch(sent::has);
    }

    private static JsonNode copyOrNull(JsonNode sent, String field) {
        JsonNode value = sent.get(field);
        return value == null ? NODES.nullNode() : value.deepCopy();
    }
}
