package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds interactive elements in blocks: an input's element, a section's accessory, an actions block's elements. */
final class Elements {
    private Elements() {
    }

    static Optional<JsonNode> find(JsonNode blocks, String blockId, String actionId) {
        for (JsonNode block : blocks) {
            if (!block.path("block_id").asText().equals(blockId)) {
                continue;
            }
            for (JsonNode element : of(block)) {
                if (element.path("action_id").asText().equals(actionId)) {
                    return Optional.of(element);
                }
            }
        }
        return Optional.empty();
    }

    static List<JsonNode> of(JsonNode block) {
        List<JsonNode> elements = new ArrayList<>();
        if (block.hasNonNull("element")) {
            elements.add(block.get("element"));
        }
        if (block.hasNonNull("accessory")) {
            elements.add(block.get("accessory"));
        }
        block.path("elements").forEach(elements::add);
        return elements;
    }
}
