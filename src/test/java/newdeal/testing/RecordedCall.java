package newdeal.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.Map;

/**
 * One Web API call the fake Slack received: the method name, its parameters (form fields, or the top-level fields
 * of a JSON body as text) and whether a token came with it. The token itself is never kept, so it cannot be printed.
 */
public record RecordedCall(String method, Map<String, String> params, boolean tokenPresent, Instant at) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public RecordedCall {
        params = Map.copyOf(params);
    }

    public String param(String name) {
        return params.get(name);
    }

    /** A parameter that carries JSON (such as {@code view} or {@code blocks}), parsed. */
    public JsonNode json(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new AssertionError(method + " had no parameter " + name + "; it had " + params.keySet());
        }
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(method + " parameter " + name + " is not JSON: " + value, e);
        }
    }

    @Override
    public String toString() {
        return method + params.keySet() + (tokenPresent ? " with token" : " without token");
    }
}
