package newdeal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading a view the app sent to Slack: its inputs by action_id, their options, and the texts of its sections. */
final class Views {
    private Views() {
    }

    static JsonNode block(JsonNode view, String actionId) {
        for (JsonNode block : view.path("blocks")) {
            if (actionId.equals(block.path("element").path("action_id").asText())) {
                return block;
            }
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return block;
                }
            }
        }
        return null;
    }

    static JsonNode element(JsonNode view, String actionId) {
        JsonNode block = block(view, actionId);
        if (block == null) {
            throw new AssertionError("no input " + actionId + " in " + view.path("blocks"));
        }
        return block.path("element");
    }

    static List<String> actionIds(JsonNode view) {
        List<String> ids = new ArrayList<>();
        view.path("blocks").forEach(b -> {
            if (b.has("element")) {
                ids.add(b.path("element").path("action_id").asText());
            }
        });
        return ids;
    }

    static String initialOptionValue(JsonNode view, String actionId) {
        JsonNode block = block(view, actionId);
        JsonNode option = block == null ? null : block.path("element").get("initial_option");
        return option == null || option.isNull() ? null : option.path("value").asText();
    }

    static String initialOptionText(JsonNode view, String actionId) {
        JsonNode block = block(view, actionId);
        JsonNode option = block == null ? null : block.path("element").get("initial_option");
        return option == null || option.isNull() ? null : option.path("text").path("text").asText();
    }

    /** Every text in section and context blocks, joined: what the rep reads besides the inputs. */
    static String text(JsonNode view) {
        StringBuilder all = new StringBuilder();
        view.path("blocks").forEach(b -> {
            all.append(b.path("text").path("text").asText()).append('\n');
            b.path("elements").forEach(e -> all.append(e.path("text").asText("")).append('\n'));
        });
        return all.toString();
    }
}
