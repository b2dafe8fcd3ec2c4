package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code view.state.values} in Slack's exact shape, {@code {block_id: {action_id: {type, …}}}}, for every input block
 * of the view: rebuilt from the view's own elements and what the page says the rep entered (an input the page says
 * nothing of keeps its initial value, as in Slack). Option objects are reduced to Slack's {@code text} and
 * {@code value}; nothing else the page sends gets through.
 */
final class ViewState {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ViewState() {
    }

    static ObjectNode values(JsonNode view, JsonNode entered) {
        ObjectNode values = NODES.objectNode();
        for (JsonNode block : view.path("blocks")) {
            if (!"input".equals(block.path("type").asText()) || !block.hasNonNull("element")) {
                continue;
            }
            String blockId = block.path("block_id").asText();
            JsonNode element = block.get("element");
            String actionId = element.path("action_id").asText();
            JsonNode given = entered == null ? null : entered.path(blockId).get(actionId);
            values.putObject(blockId).set(actionId, value(element, given));
        }
        return values;
    }

    /** One element's state value: from {@code given} when the page sent one, else from the element's initial one. */
    static ObjectNode value(JsonNode element, JsonNode given) {
        String type = element.path("type").asText();
        ObjectNode value = NODES.objectNode().put("type", type);
        boolean has = given != null && !given.isMissingNode();
        switch (kind(type)) {
            case TEXT -> value.set("value", text(has ? given.get("value") : element.get("initial_value")));
            case DATE -> value.set("selected_date", text(has ? given.get("selected_date") : element.get("initial_date")));
            case TIME -> value.set("selected_time", text(has ? given.get("selected_time") : element.get("initial_time")));
            case ONE -> value.set("selected_option", option(has ? given.get("selected_option")
                    : element.get("initial_option")));
            case MANY -> value.set("selected_options", options(has ? given.get("selected_options")
                    : element.get("initial_options")));
            default -> { }
        }
        return value;
    }

    /** A block_actions {@code actions[]} item for an element, carrying its current value. */
    static ObjectNode action(JsonNode element, String blockId, JsonNode current) {
        String type = element.path("type").asText();
        ObjectNode action = NODES.objectNode().put("type", type).put("action_id", element.path("action_id").asText())
                .put("block_id", blockId);
        if (type.equals("button")) {
            action.set("text", element.path("text"));
            if (element.has("value")) {
                action.set("value", element.get("value"));
            }
            if (element.has("style")) {
                action.set("style", element.get("style"));
            }
        } else {
            value(element, current).fields().forEachRemaining(f -> {
                if (!f.getKey().equals("type")) {
                    action.set(f.getKey(), f.getValue());
                }
            });
            if (element.has("placeholder")) {
                action.set("placeholder", element.get("placeholder"));
            }
        }
        action.put("action_ts", String.format(Locale.ROOT, "%.6f", System.currentTimeMillis() / 1000.0));
        return action;
    }

    enum Kind { TEXT, DATE, TIME, ONE, MANY, OTHER }

    static Kind kind(String type) {
        return switch (type) {
            case "plain_text_input", "number_input", "email_text_input", "url_text_input" -> Kind.TEXT;
            case "datepicker" -> Kind.DATE;
            case "timepicker" -> Kind.TIME;
            case "static_select", "external_select", "users_select", "conversations_select", "channels_select",
                 "radio_buttons" -> Kind.ONE;
            case "multi_static_select", "multi_external_select", "multi_users_select", "checkboxes" -> Kind.MANY;
            default -> Kind.OTHER;
        };
    }

    private static JsonNode text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isEmpty() ? NODES.nullNode()
                : NODES.textNode(node.asText());
    }

    private static JsonNode option(JsonNode node) {
        return Optional.ofNullable(node).filter(JsonNode::isObject).filter(o -> o.hasNonNull("value"))
                .<JsonNode>map(ViewState::normalised).orElse(NODES.nullNode());
    }

    private static ArrayNode options(JsonNode node) {
        ArrayNode list = NODES.arrayNode();
        if (node != null && node.isArray()) {
            node.forEach(o -> {
                if (o.isObject() && o.hasNonNull("value")) {
                    list.add(normalised(o));
                }
            });
        }
        return list;
    }

    private static ObjectNode normalised(JsonNode option) {
        ObjectNode out = NODES.objectNode();
        out.putObject("text").put("type", "plain_text").put("text", option.path("text").path("text").asText())
                .put("emoji", true);
        out.put("value", option.path("value").asText());
        return out;
    }
}
