package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;

/** The limits of interactive elements and their options, reported through {@link BlockKitLimits}. */
final class ElementLimits {
    private final BlockKitLimits check;

    ElementLimits(BlockKitLimits check) {
        this.check = check;
    }

    void element(JsonNode element, String at) {
        check.length(element.path("action_id").asText(""), BlockKitLimits.ID, at + "/action_id");
        check.text(element.get("placeholder"), 150, at + "/placeholder");
        String type = element.path("type").asText();
        if (type.equals("button")) {
            check.text(element.get("text"), 75, at + "/text");
            check.length(element.path("value").asText(""), 2000, at + "/value");
            return;
        }
        if (type.equals("plain_text_input") && element.path("max_length").asInt(0) > 3000) {
            check.fail(at + "/max_length", "must be less than 3001");
        }
        options(element, at);
        if (element.hasNonNull("initial_option")) {
            option(element.get("initial_option"), at + "/initial_option");
        }
        JsonNode initial = element.path("initial_options");
        for (int i = 0; i < initial.size(); i++) {
            option(initial.get(i), at + "/initial_options/" + i);
        }
    }

    /** {@code options} or {@code option_groups} of an element or of an options-load answer. */
    void options(JsonNode holder, String at) {
        JsonNode options = holder.path("options");
        check.max(options.size(), BlockKitLimits.OPTIONS, at + "/options", "items");
        for (int i = 0; i < options.size(); i++) {
            option(options.get(i), at + "/options/" + i);
        }
        JsonNode groups = holder.path("option_groups");
        check.max(groups.size(), BlockKitLimits.OPTIONS, at + "/option_groups", "items");
        for (int g = 0; g < groups.size(); g++) {
            String here = at + "/option_groups/" + g;
            check.text(groups.get(g).get("label"), BlockKitLimits.OPTION_TEXT, here + "/label");
            JsonNode inGroup = groups.get(g).path("options");
            check.max(inGroup.size(), BlockKitLimits.OPTIONS, here + "/options", "items");
            for (int i = 0; i < inGroup.size(); i++) {
                option(inGroup.get(i), here + "/options/" + i);
            }
        }
    }

    private void option(JsonNode option, String at) {
        check.text(option.get("text"), BlockKitLimits.OPTION_TEXT, at + "/text");
        check.length(option.path("value").asText(""), BlockKitLimits.OPTION_VALUE, at + "/value");
    }
}
