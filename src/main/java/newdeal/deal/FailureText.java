package newdeal.deal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import newdeal.pipeliner.PipelinerApiException;

/** Short, secret-free descriptions of failures for logs and {@link CatalogStatus}: codes, not payloads. */
final class FailureText {
    private static final int MAX_MESSAGE = 160;

    private FailureText() {
    }

    /** E.g. "HTTP 503 ERROR_SERVICE_UNAVAILABLE (code 3100)" or "PipelinerUnavailableException: timed out". */
    static String describe(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof PipelinerApiException api) {
            StringBuilder text = new StringBuilder("HTTP ").append(api.status());
            if (api.name() != null) {
                text.append(' ').append(api.name());
            }
            if (api.code() != null) {
                text.append(" (code ").append(api.code()).append(')');
            }
            return text.toString();
        }
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "…";
        }
        return t.getClass().getSimpleName() + message;
    }

    /** The failure inside the wrappers CompletableFuture adds. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
