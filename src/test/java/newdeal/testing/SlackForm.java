package newdeal.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A modal as the rep fills it in Slack. It starts from the view the app sent (through the fake Slack) with every
 * input at its initial value, as Slack shows it; the setters change inputs by action_id; {@link #view()} is the view
 * with {@code state.values} in Slack's exact shape per element type, keyed by the block ids the app chose.
 */
public final class SlackForm {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ObjectNode view;
    private final ObjectNode values = NODES.objectNode();

    private SlackForm(JsonNode view) {
        this.view = view.deepCopy();
        for (JsonNode block : view.path("blocks")) {
            if ("input".equals(block.path("type").asText())) {
                String blockId = block.path("block_id").asText();
                JsonNode element = block.path("element");
                ObjectNode byAction = NODES.objectNode();
                byAction.set(element.path("action_id").asText(), SlackStateValues.initial(element));
                values.set(blockId, byAction);
            }
        }
    }

    public static SlackForm of(JsonNode view) {
        return new SlackForm(view);
    }

    public SlackForm text(String actionId, String text) {
        return set(actionId, "value", text == null ? NODES.nullNode() : NODES.textNode(text));
    }

    /** A number_input as typed: Slack sends the text the rep typed, so pass it as text ("12500.50"). */
    public SlackForm number(String actionId, String typed) {
        return text(actionId, typed);
    }

    public SlackForm date(String actionId, LocalDate date) {
        return set(actionId, "selected_date", date == null ? NODES.nullNode() : NODES.textNode(date.toString()));
    }

    public SlackForm option(String actionId, String value, String text) {
        return set(actionId, "selected_option", SlackStateValues.option(value, text));
    }

    public SlackForm noOption(String actionId) {
        return set(actionId, "selected_option", NODES.nullNode());
    }

    /** A multi select's choices in the order picked; pairs of value and text. */
    public SlackForm options(String actionId, List<Map.Entry<String, String>> valueAndText) {
        ArrayNode selected = NODES.arrayNode();
        valueAndText.forEach(e -> selected.add(SlackStateValues.option(e.getKey(), e.getValue())));
        return set(actionId, "selected_options", selected);
    }

    /** The view with its current {@code state.values}, as Slack puts it in a payload. */
    public ObjectNode view() {
        ObjectNode copy = view.deepCopy();
        ObjectNode state = NODES.objectNode();
        values.fields().forEachRemaining(f -> {
            if (f.getValue().isObject() && blockIds().contains(f.getKey())) {
                state.set(f.getKey(), f.getValue().deepCopy());
            }
        });
        copy.putObject("state").set("values", state);
        return copy;
    }

    /** What the element with this action_id sends in a block_actions payload, with its current value. */
    public ObjectNode action(String actionId) {
        JsonNode element = SlackStateValues.element(view, actionId);
        String blockId = blockIdOf(actionId);
        JsonNode current = values.path(blockId).path(actionId);
        return SlackStateValues.action(element, blockId, current);
    }

    public String blockIdOf(String actionId) {
        return SlackStateValues.blockIdOf(view, actionId);
    }

    private SlackForm set(String actionId, String field, JsonNode value) {
        String blockId = blockIdOf(actionId);
        JsonNode current = values.path(blockId).path(actionId);
        if (current.isMissingNode()) {
            throw new AssertionError("no input with action_id " + actionId + " in the view; inputs: " + blockIds());
        }
        ((ObjectNode) current).set(field, value);
        return this;
    }

    private List<String> blockIds() {
        List<String> ids = new ArrayList<>();
        view.path("blocks").forEach(b -> {
            if ("input".equals(b.path("type").asText())) {
                ids.add(b.path("block_id").asText());
            }
        });
        return ids;
    }
}
