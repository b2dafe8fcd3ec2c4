package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Slack itself checks before it sends a view_submission: required inputs filled, number inputs holding a number
 * within their bounds, text within its length. Problems show under their inputs and nothing is sent to the app.
 */
final class InputRules {
    static final String REQUIRED = "Please complete this required field.";

    private InputRules() {
    }

    /** Errors by block_id; empty when Slack would send the submission. */
    static Map<String, String> check(JsonNode view, JsonNode values) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode block : view.path("blocks")) {
            if (!"input".equals(block.path("type").asText()) || !block.hasNonNull("element")) {
                continue;
            }
            String blockId = block.path("block_id").asText();
            JsonNode element = block.get("element");
            JsonNode value = values.path(blockId).path(element.path("action_id").asText());
            String problem = empty(value) ? (block.path("optional").asBoolean(false) ? null : REQUIRED)
                    : problem(element, value);
            if (problem != null) {
                errors.put(blockId, problem);
            }
        }
        return errors;
    }

    private static boolean empty(JsonNode value) {
        if (value.has("selected_options")) {
            return value.get("selected_options").isEmpty();
        }
        if (value.has("selected_option")) {
            return value.get("selected_option").isNull();
        }
        for (String field : new String[] {"value", "selected_date", "selected_time"}) {
            if (value.has(field)) {
                return value.get(field).isNull() || value.get(field).asText().isBlank();
            }
        }
        return true;
    }

    private static String problem(JsonNode element, JsonNode value) {
        String type = element.path("type").asText();
        String text = value.path("value").asText("");
        if (type.equals("number_input")) {
            return number(element, text);
        }
        if (type.equals("plain_text_input")) {
            int max = element.path("max_length").asInt(3000);
            int min = element.path("min_length").asInt(0);
            if (text.length() > max) {
                return "Please use " + max + " characters or fewer (you have " + text.length() + ").";
            }
            if (text.length() < min) {
                return "Please use at least " + min + " characters.";
            }
        }
        return null;
    }

    private static String number(JsonNode element, String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return "Please enter a number.";
        }
        if (!element.path("is_decimal_allowed").asBoolean(false) && number.stripTrailingZeros().scale() > 0) {
            return "Please enter a whole number.";
        }
        if (element.hasNonNull("min_value") && number.compareTo(new BigDecimal(element.get("min_value").asText())) < 0) {
            return "Please enter a number of " + element.get("min_value").asText() + " or more.";
        }
        if (element.hasNonNull("max_value") && number.compareTo(new BigDecimal(element.get("max_value").asText())) > 0) {
            return "Please enter a number of " + element.get("max_value").asText() + " or less.";
        }
        return null;
    }
}
