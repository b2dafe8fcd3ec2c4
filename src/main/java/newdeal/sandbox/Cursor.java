package newdeal.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque page cursors shaped like Pipeliner's: base64 of a JSON array holding the row's sort-key values, the id last.
 * The next page starts after that position, so rows created meanwhile neither repeat nor shift a page.
 */
final class Cursor {
    private final ObjectMapper json;

    Cursor(ObjectMapper json) {
        this.json = json;
    }

    String encode(ObjectNode row, Ordering ordering) {
        ArrayNode values = json.createArrayNode();
        ordering.keys().forEach(key -> values.add(row.get(key.field())));
        try {
            return Base64.getEncoder().encodeToString(json.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a cursor", e);
        }
    }

    /** A row holding just the sort-key values the cursor names, to compare listed rows with. */
    ObjectNode decode(String cursor, Ordering ordering) {
        try {
            JsonNode values = json.readTree(Base64.getDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII)));
            if (values == null || !values.isArray() || values.size() != ordering.keys().size()) {
                throw invalid(cursor);
            }
            ObjectNode position = json.createObjectNode();
            for (int i = 0; i < values.size(); i++) {
                position.set(ordering.keys().get(i).field(), values.get(i));
            }
            return position;
        } catch (IllegalArgumentException | IOException e) {
            throw invalid(cursor);
        }
    }

    private static ApiError invalid(String cursor) {
        return ApiError.invalidParameter("Parameter 'after' is not a cursor of this listing: '" + cursor
                + "'. Pass the end_cursor of the previous page with the same filters and order-by.");
    }
}
