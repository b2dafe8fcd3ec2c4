package newdeal.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answered in Pipeliner's documented shape: {@code success: false}, {@code http_status}, {@code code},
 * {@code name}, {@code message}, and for validation {@code entity_errors} and {@code field_errors}.
 * A null code is left out (codes we have not seen Pipeliner send are not invented).
 */
final class ApiError extends RuntimeException {
    private final int status;
    private final Integer code;
    private final String name;
    private final List<FieldError> fieldErrors;

    private ApiError(int status, Integer code, String name, String message, List<FieldError> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.name = name;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    static ApiError invalidJson() {
        return new ApiError(400, 117, "ERROR_PARAMETER_INVALID", "Missing or invalid JSON data.", List.of());
    }

    static ApiError invalidParameter(String message) {
        return new ApiError(400, 117, "ERROR_PARAMETER_INVALID", message, List.of());
    }

    static ApiError unknownType(String entity) {
        return new ApiError(404, 2006, "ERROR_UNKNOWN_TYPE", "Unknown entity type '" + entity + "'.", List.of());
    }

    static ApiError notFound(String entity, String id) {
        return new ApiError(404, null, "ERROR_ENTITY_NOT_FOUND",
                "Entity " + entity + " with id '" + id + "' was not found.", List.of());
    }

    static ApiError unauthorized() {
        return new ApiError(401, null, "ERROR_UNAUTHORIZED",
                "Authentication failed: check the API username, password and space id.", List.of());
    }

    static ApiError notSupported(String what) {
        return new ApiError(405, null, "ERROR_METHOD_NOT_ALLOWED", what + " is not supported by the sandbox.", List.of());
    }

    static ApiError injected(int status) {
        return new ApiError(status, null, "ERROR_INJECTED_FAULT",
                "HTTP " + status + " injected by the sandbox's fault settings.", List.of());
    }

    static ApiError internal(String message) {
        return new ApiError(500, null, "ERROR_INTERNAL", message, List.of());
    }

    static ApiError validation(List<FieldError> errors) {
        FieldError first = errors.get(0);
        String message = first.message().startsWith("Error on field") ? first.message()
                : "Error on field " + first.field() + ". " + first.message();
        if (errors.size() > 1) {
            message += " (" + (errors.size() - 1) + " more field error(s))";
        }
        return new ApiError(422, 40000, "ERROR_ENTITY_VALIDATION", message, errors);
    }

    int status() {
        return status;
    }

    ObjectNode body(ObjectMapper json) {
        ObjectNode body = json.createObjectNode().put("success", false).put("http_status", status);
        if (code != null) {
            body.put("code", code);
        }
        body.put("name", name).put("message", getMessage());
        if (status == 422) {
            body.putArray("entity_errors");
            body.set("field_errors", fieldErrors(json));
        }
        return body;
    }

    private ArrayNode fieldErrors(ObjectMapper json) {
        Map<String, ArrayNode> byField = new LinkedHashMap<>();
        ArrayNode out = json.createArrayNode();
        for (FieldError e : fieldErrors) {
            ArrayNode errors = byField.computeIfAbsent(e.field(), f -> {
                ObjectNode group = out.addObject().put("field_name", f).put("name", "ERROR_FIELD_VALIDATION");
                return group.putArray("errors");
            });
            errors.addObject().put("code", e.code()).put("name", e.name()).put("message", e.message())
                    .put("field_name", e.field());
        }
        return out;
    }
}
