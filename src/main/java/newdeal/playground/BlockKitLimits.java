package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Slack's Block Kit limits, checked as Slack checks them before drawing a surface: each broken limit is one message
 * in Slack's own words and format ({@code [ERROR] must be less than 25 characters [json-pointer:/view/title/text]}).
 * Any message means Slack answers {@code invalid_arguments} (views) or {@code invalid_blocks} (messages) and draws
 * nothing. Where Slack's documents disagree the stricter number is used (../shared/slack/NOTES.md).
 */
final class BlockKitLimits {
    static final int VIEW_BLOCKS = 100;
    static final int MESSAGE_BLOCKS = 50;
    static final int TITLE = 24;
    static final int LABEL = 2000;
    static final int PRIVATE_METADATA = 3000;
    static final int OPTIONS = 100;
    static final int OPTION_TEXT = 75;
    static final int OPTION_VALUE = 75;
    static final int ID = 255;
    private static final Set<String> BLOCK_TYPES = Set.of("section", "divider", "header", "context", "actions",
            "input", "image", "rich_text", "video", "file");

    private final List<String> errors = new ArrayList<>();
    private final ElementLimits elements = new ElementLimits(this);

    private BlockKitLimits() {
    }

    /** A modal or Home tab view as sent to views.open/update/push/publish or in a response_action. */
    static List<String> view(JsonNode view) {
        BlockKitLimits check = new BlockKitLimits();
        check.checkView(view, "/view");
        return List.copyOf(check.errors);
    }

    /** A message's blocks (chat.postMessage, chat.postEphemeral, response_url). */
    static List<String> message(JsonNode blocks) {
        BlockKitLimits check = new BlockKitLimits();
        if (blocks != null && blocks.isArray()) {
            check.max(blocks.size(), MESSAGE_BLOCKS, "/blocks", "items");
            check.blocks(blocks, "/blocks");
        }
        return List.copyOf(check.errors);
    }

    /** An answer to an options load (block_suggestion): at most 100 options or groups, texts within limits. */
    static List<String> optionsAnswer(JsonNode answer) {
        BlockKitLimits check = new BlockKitLimits();
        check.elements.options(answer, "");
        return List.copyOf(check.errors);
    }

    private void checkView(JsonNode view, String at) {
        String type = view.path("type").asText();
        if (!type.equals("modal") && !type.equals("home")) {
            fail(at + "/type", "must be one of modal, home");
            return;
        }
        if (type.equals("modal")) {
            if (!view.hasNonNull("title")) {
                fail(at + "/title", "missing required field: title");
            }
            text(view.get("title"), TITLE, at + "/title");
            text(view.get("submit"), TITLE, at + "/submit");
            text(view.get("close"), TITLE, at + "/close");
        }
        length(view.path("private_metadata").asText(""), PRIVATE_METADATA, at + "/private_metadata");
        length(view.path("callback_id").asText(""), ID, at + "/callback_id");
        length(view.path("external_id").asText(""), ID, at + "/external_id");
        JsonNode blocks = view.path("blocks");
        max(blocks.size(), VIEW_BLOCKS, at + "/blocks", "items");
        blocks(blocks, at + "/blocks");
        boolean inputs = false;
        for (JsonNode block : blocks) {
            inputs |= "input".equals(block.path("type").asText());
        }
        if (inputs && type.equals("modal") && !view.hasNonNull("submit")) {
            fail(at + "/submit", "must provide a submit property when using input blocks");
        }
    }

    private void blocks(JsonNode blocks, String at) {
        Set<String> blockIds = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode block = blocks.get(i);
            String here = at + "/" + i;
            String type = block.path("type").asText();
            if (!BLOCK_TYPES.contains(type)) {
                fail(here + "/type", "unsupported type: " + type);
                continue;
            }
            String blockId = block.path("block_id").asText(null);
            if (blockId != null && !blockIds.add(blockId)) {
                fail(here + "/block_id", "duplicate block_id: " + blockId);
            }
            length(blockId == null ? "" : blockId, ID, here + "/block_id");
            block(block, type, here);
        }
    }

    private void block(JsonNode block, String type, String at) {
        switch (type) {
            case "input" -> {
                if (!block.hasNonNull("label")) {
                    fail(at + "/label", "missing required field: label");
                }
                text(block.get("label"), LABEL, at + "/label");
                text(block.get("hint"), LABEL, at + "/hint");
                if (!block.hasNonNull("element")) {
                    fail(at + "/element", "missing required field: element");
                } else {
                    elements.element(block.get("element"), at + "/element");
                }
            }
            case "section" -> {
                text(block.get("text"), 3000, at + "/text");
                max(block.path("fields").size(), 10, at + "/fields", "items");
                block.path("fields").forEach(f -> text(f, 2000, at + "/fields"));
                if (block.hasNonNull("accessory")) {
                    elements.element(block.get("accessory"), at + "/accessory");
                }
            }
            case "header" -> text(block.get("text"), 150, at + "/text");
            case "context" -> max(block.path("elements").size(), 10, at + "/elements", "items");
            case "actions" -> {
                max(block.path("elements").size(), 25, at + "/elements", "items");
                for (int i = 0; i < block.path("elements").size(); i++) {
                    elements.element(block.path("elements").get(i), at + "/elements/" + i);
                }
            }
            default -> { }
        }
    }

    /** A text object's text within {@code limit} characters. */
    void text(JsonNode textObject, int limit, String at) {
        if (textObject != null && !textObject.isNull()) {
            length(textObject.path("text").asText(""), limit, at + "/text");
        }
    }

    void length(String value, int limit, String at) {
        if (value.length() > limit) {
            fail(at, "must be less than " + (limit + 1) + " characters");
        }
    }

    void max(int count, int limit, String at, String what) {
        if (count > limit) {
            fail(at, "must provide an array with no more than " + limit + " " + what);
        }
    }

    void fail(String pointer, String message) {
        errors.add("[ERROR] " + message + " [json-pointer:" + pointer + "]");
    }
}
