package newdeal.pipeliner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads the opportunity out of a create's 2xx answer as far as it can. Pipeliner stored it, so an answer that is only
 * partly what we expect (a field of another type, say) must not turn into "it may exist": with {@code data.id}
 * readable, every other field that cannot be read is left null.
 */
final class CreatedAnswer {
    private CreatedAnswer() {
    }

    /** Empty only when the answer holds no readable {@code data.id}. */
    static Optional<Opportunity> read(ObjectMapper mapper, byte[] body) {
        JsonNode data;
        try {
            JsonNode root = body.length == 0 ? null : mapper.readTree(body);
            data = root == null ? null : root.get("data");
        } catch (IOException e) {
            return Optional.empty();
        }
        String id = data == null ? null : text(data.get("id"));
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.treeToValue(data, Wire.OpportunityDto.class).toOpportunity());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.of(fieldByField(data, id));
        }
    }

    private static Opportunity fieldByField(JsonNode data, String id) {
        JsonNode value = data.path("value");
        return new Opportunity(id, text(data.get("name")), text(data.get("owner_id")), text(data.get("step_id")),
                Timestamps.parseDate(text(data.get("closing_date"))), number(value.get("base_value")),
                number(value.get("value_foreign")), text(value.get("currency_id")),
                Timestamps.parse(text(data.get("created"))));
    }

    private static String text(JsonNode node) {
        boolean scalar = node != null && node.isValueNode() && !node.isNull();
        return scalar && !node.asText().isBlank() ? node.asText() : null;
    }

    private static BigDecimal number(JsonNode node) {
        if (node != null && node.isNumber()) {
            return node.decimalValue();
        }
        try {
            String text = text(node);
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
