package newdeal.pipeliner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer as far as it can be read. Pipeliner's own shape is {@code {success, http_status, code, name,
 * message, field_errors: [{field_name, errors: [{message}]}]}}; a bad path gets the framework's {@code {status,
 * message, errorcode, traceback}}; a proxy may send HTML. Every field may be missing.
 */
record ErrorBody(Integer code, String name, String message, Map<String, List<String>> fieldErrors) {

    static ErrorBody parse(ObjectMapper mapper, int status, byte[] body) {
        JsonNode root = readTree(mapper, body);
        if (root == null || !root.isObject()) {
            return new ErrorBody(null, null, "HTTP " + status + " without a Pipeliner error body", Map.of());
        }
        Map<String, List<String>> fields = fieldErrors(root.path("field_errors"));
        String message = text(root.path("message"));
        if (message == null) {
            message = fields.values().stream().flatMap(List::stream).findFirst()
                    .orElse("HTTP " + status + " without a message");
        }
        JsonNode code = root.has("code") ? root.path("code") : root.path("errorcode");
        return new ErrorBody(code.canConvertToInt() ? Integer.valueOf(code.asInt()) : null,
                text(root.path("name")), message, fields);
    }

    private static Map<String, List<String>> fieldErrors(JsonNode items) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (JsonNode item : items) {
            String field = text(item.path("field_name"));
            List<String> messages = new ArrayList<>();
            for (JsonNode error : item.path("errors")) {
                String text = text(error.path("message"));
                if (text != null) {
                    messages.add(text);
                }
            }
            if (messages.isEmpty() && text(item.path("message")) != null) {
                messages.add(text(item.path("message")));
            }
            if (field != null && !messages.isEmpty()) {
                fields.computeIfAbsent(field, f -> new ArrayList<>()).addAll(messages);
            }
        }
        fields.replaceAll((field, messages) -> List.copyOf(messages));
        return fields;
    }

    private static JsonNode readTree(ObjectMapper mapper, byte[] body) {
        try {
            return body.length == 0 ? null : mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
