package newdeal.playground;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Web API call's arguments as Slack accepts them: form fields ({@code application/x-www-form-urlencoded}, token in
 * a field or the Authorization header) or a JSON body ({@code application/json}, token in the header). JSON-valued
 * arguments ({@code view}, {@code blocks}) may come as JSON text or, in a JSON body, as JSON.
 */
final class ApiParams {
    private final Map<String, JsonNode> values;
    private final String bearer;
    private final ObjectMapper json;

    private ApiParams(Map<String, JsonNode> values, String bearer, ObjectMapper json) {
        this.values = values;
        this.bearer = bearer;
        this.json = json;
    }

    /** Empty when a JSON body is no JSON object: Slack answers {@code invalid_json}. */
    static Optional<ApiParams> read(String contentType, String authorization, String body, ObjectMapper json) {
        String bearer = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).trim() : null;
        Map<String, JsonNode> values = new HashMap<>();
        if (contentType != null && contentType.startsWith("application/json")) {
            try {
                JsonNode root = json.readTree(body == null || body.isBlank() ? "{}" : body);
                if (!root.isObject()) {
                    return Optional.empty();
                }
                root.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue()));
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        } else if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                values.put(name, new TextNode(eq < 0 ? "" : decode(pair.substring(eq + 1))));
            }
        }
        return Optional.of(new ApiParams(values, bearer, json));
    }

    /** The token the call carries: the Authorization header's, else the {@code token} argument's. */
    Optional<String> token() {
        return Optional.ofNullable(bearer).or(() -> text("token"));
    }

    Optional<String> text(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A JSON argument: sent as JSON, or as JSON text; empty when absent, {@code null} inside when unparseable. */
    Optional<JsonNode> jsonValue(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            return Optional.of(value);
        }
        try {
            return Optional.of(json.readTree(value.asText()));
        } catch (JsonProcessingException e) {
            return Optional.of(json.nullNode());
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
