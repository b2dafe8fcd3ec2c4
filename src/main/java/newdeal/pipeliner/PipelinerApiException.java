package newdeal.pipeliner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pipeliner answered with an error body: {@code status} is the HTTP status, {@code code} and {@code name} Pipeliner's
 * own ({@code 40000}, {@code ERROR_ENTITY_VALIDATION}; null when the body did not carry them), {@code fieldErrors}
 * maps a field name such as {@code step_id} to Pipeliner's messages about it, fields in the order Pipeliner sent them.
 */
public class PipelinerApiException extends PipelinerException {
    private final int status;
    private final Integer code;
    private final String name;
    private final Map<String, List<String>> fieldErrors;

    public PipelinerApiException(int status, Integer code, String name, String message,
                                 Map<String, List<String>> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.name = name;
        // In Pipeliner's order, so messages joined from it read the same every time.
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fieldErrors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.fieldErrors = Collections.unmodifiableMap(copy);
    }

    public int status() { return status; }

    public Integer code() { return code; }

    public String name() { return name; }

    public Map<String, List<String>> fieldErrors() { return fieldErrors; }
}
