package newdeal.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads a Web API call's parameters the way Slack accepts them: form fields, or a JSON body. */
final class FakeSlackParams {
    private FakeSlackParams() {
    }

    static Map<String, String> read(Context ctx, ObjectMapper json) {
        String contentType = String.valueOf(ctx.contentType());
        return contentType.startsWith("application/json") ? fromJson(ctx.body(), json) : fromForm(ctx.body());
    }

    private static Map<String, String> fromForm(String body) {
        Map<String, String> params = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(decode(name), decode(value));
        }
        return params;
    }

    private static Map<String, String> fromJson(String body, ObjectMapper json) {
        Map<String, String> params = new HashMap<>();
        try {
            JsonNode root = json.readTree(body);
            // A JSON null is a parameter left out, as in a form.
            root.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    params.put(f.getKey(), f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString());
                }
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a JSON Web API call whose body is no JSON", e);
        }
        return params;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
