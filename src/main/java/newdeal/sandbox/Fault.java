package newdeal.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One injected misbehaviour: requests whose method and path match are delayed, answered with an error status
 * (a Pipeliner-shaped body), dropped without an answer, left hanging, or held until the test lets them through. By
 * default it acts before the request is handled (nothing is created); {@link #afterHandling()} acts once the request
 * was handled, as when a create reached Pipeliner but its answer was lost. Immutable: each {@code with...} returns a
 * new fault.
 * <pre>{@code sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withStatus(503));}</pre>
 */
public final class Fault {
    /** What happens besides the latency. */
    enum Effect { NONE, DROP_CONNECTION, HANG, HOLD }

    private final String method;
    private final Pattern path;
    private final Pattern query;
    private final Duration latency;
    private final int status;
    private final Effect effect;
    private final boolean afterHandling;
    private final int times;
    private final FieldError fieldError;

    private Fault(String method, Pattern path, Pattern query, Duration latency, int status, Effect effect,
                  boolean afterHandling, int times, FieldError fieldError) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.latency = latency;
        this.status = status;
        this.effect = effect;
        this.afterHandling = afterHandling;
        this.times = times;
        this.fieldError = fieldError;
    }

    /** Matches requests with this method ({@code *} for any) whose path contains a match of {@code pathRegex}. */
    public static Fault on(String method, String pathRegex) {
        return new Fault(Objects.requireNonNull(method).toUpperCase(Locale.ROOT), Pattern.compile(pathRegex), null,
                Duration.ZERO, 0, Effect.NONE, false, 0, null);
    }

    public Fault withLatency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
        return new Fault(method, path, query, latency, status, effect, afterHandling, times, fieldError);
    }

    /** Answers this HTTP status (400–599) with a Pipeliner-shaped error body instead of the real answer. */
    public Fault withStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an injected status must be 400-599: " + status);
        }
        return new Fault(method, path, query, latency, status, effect, afterHandling, times, fieldError);
    }

    /**
     * Refuses the request as Pipeliner's validation does (422, {@code ERROR_ENTITY_VALIDATION}) with one error on
     * {@code field}: for a refusal the sandbox's own checks would not make, such as a rule of a real space.
     */
    public Fault withFieldError(String field, String message) {
        return new Fault(method, path, query, latency, 422, effect, afterHandling, times,
                FieldError.invalid(Objects.requireNonNull(field), Objects.requireNonNull(message)));
    }

    /** Closes the connection without any answer. */
    public Fault dropConnection() {
        return new Fault(method, path, query, latency, status, Effect.DROP_CONNECTION, afterHandling, times, fieldError);
    }

    /** Never answers until the fault is removed or cleared (or the sandbox stops); then drops the connection. */
    public Fault hang() {
        return new Fault(method, path, query, latency, status, Effect.HANG, afterHandling, times, fieldError);
    }

    /**
     * Holds each request until the fault is removed or cleared (or the sandbox stops), then lets it through as if
     * nothing had happened: a Pipeliner exactly as slow as the test needs, without guessing a latency.
     */
    public Fault held() {
        return new Fault(method, path, query, latency, status, Effect.HOLD, afterHandling, times, fieldError);
    }

    /** Lets the request be handled first (a create is stored), then applies the fault to its answer. */
    public Fault afterHandling() {
        return new Fault(method, path, query, latency, status, effect, true, times, fieldError);
    }

    /** Acts on the first {@code count} matching requests only; later ones pass untouched. */
    public Fault times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + count);
        }
        return new Fault(method, path, query, latency, status, effect, afterHandling, count, fieldError);
    }

    /** Only requests whose query string (as sent, encoded) contains a match of {@code queryRegex}. */
    public Fault withQuery(String queryRegex) {
        return new Fault(method, path, Pattern.compile(queryRegex), latency, status, effect, afterHandling, times,
                fieldError);
    }

    boolean matches(String requestMethod, String requestPath, String requestQuery) {
        return (method.equals("*") || method.equalsIgnoreCase(requestMethod)) && path.matcher(requestPath).find()
                && (query == null || query.matcher(requestQuery == null ? "" : requestQuery).find());
    }

    Duration latency() {
        return latency;
    }

    int status() {
        return status;
    }

    Effect effect() {
        return effect;
    }

    boolean isAfterHandling() {
        return afterHandling;
    }

    /** The validation error answered instead of the real answer, or null. */
    FieldError fieldError() {
        return fieldError;
    }

    /** 0 = unlimited. */
    int limit() {
        return times;
    }

    @Override
    public String toString() {
        return "Fault[" + method + " " + path + (query == null ? "" : "?" + query) + ", latency=" + latency
                + ", status=" + status + ", effect=" + effect
                + (afterHandling ? ", after handling" : "") + (times > 0 ? ", times=" + times : "")
                + (fieldError != null ? ", field error on " + fieldError.field() : "") + "]";
    }
}
