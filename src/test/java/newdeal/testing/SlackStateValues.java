package newdeal.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Slack's shapes for one input's state value and for a block action, per element type. */
final class SlackStateValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SlackStateValues() {
    }

    /** The state value Slack reports for an element the rep has not touched: its initial value, or nothing. */
    static ObjectNode initial(JsonNode element) {
        String type = element.path("type").asText();
        ObjectNode value = NODES.objectNode().put("type", type);
        switch (type) {
            case "plain_text_input", "number_input" -> value.set("value", textOrNull(element.get("initial_value")));
            case "datepicker" -> value.set("selected_date", textOrNull(element.get("initial_date")));
            case "static_select", "external_select" -> value.set("selected_option",
                    element.hasNonNull("initial_option") ? normalised(element.get("initial_option")) : NODES.nullNode());
            case "multi_static_select", "multi_external_select" -> {
                var selected = value.putArray("selected_options");
                element.path("initial_options").forEach(o -> selected.add(normalised(o)));
            }
            default -> throw new AssertionError("SlackForm does not know input element type " + type);
        }
        return value;
    }

    static ObjectNode option(String value, String text) {
        ObjectNode option = NODES.objectNode();
        option.putObject("text").put("type", "plain_text").put("text", text).put("emoji", true);
        option.put("value", value);
        return option;
    }

    /** A block_actions {@code actions[]} item for this element carrying the given current state value. */
    static ObjectNode action(JsonNode element, String blockId, JsonNode current) {
        String type = element.path("type").asText();
        ObjectNode action = NODES.objectNode().put("type", type)
                .put("action_id", element.path("action_id").asText()).put("block_id", blockId);
        if ("button".equals(type)) {
            action.set("text", element.path("text"));
            action.set("value", element.path("value"));
        } else {
            current.fields().forEachRemaining(f -> {
                if (!"type".equals(f.getKey())) {
                    action.set(f.getKey(), f.getValue());
                }
            });
            if (element.has("placeholder")) {
                action.set("placeholder", element.get("placeholder"));
            }
        }
        action.put("action_ts", String.format(java.util.Locale.ROOT, "%.6f", System.currentTimeMillis() / 1000.0));
        return action;
    }

    /** The element with this action_id in input blocks, actions blocks or section accessories. */
    static JsonNode element(JsonNode view, String actionId) {
        for (JsonNode block : view.path("blocks")) {
            for (JsonNode element : elementsOf(block)) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return element;
                }
            }
        }
        throw new AssertionError("no element with action_id " + actionId + " in the view " + view.path("blocks"));
    }

    static String blockIdOf(JsonNode view, String actionId) {
        for (JsonNode block : view.path("blocks")) {
            for (JsonNode element : elementsOf(block)) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return block.path("block_id").asText();
                }
            }
        }
        throw new AssertionError("no element with action_id " + actionId + " in the view " + view.path("blocks"));
    }

    private static Iterable<JsonNode> elementsOf(JsonNode block) {
        var list = NODES.arrayNode();
        if (block.has("element")) {
            list.add(block.get("element"));
        }
        if (block.has("accessory")) {
            list.add(block.get("accessory"));
        }
        block.path("elements").forEach(list::add);
        return list;
    }

    private static JsonNode normalised(JsonNode option) {
        return option(option.path("value").asText(), option.path("text").path("text").asText());
    }

    private static JsonNode textOrNull(JsonNode node) {
        return node == null || node.isNull() ? NODES.nullNode() : NODES.textNode(node.asText());
    }
}
