package newdeal.pipeliner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what went wrong into the typed exceptions and the log lines. Requests are named by method and path only:
 * the query may hold a rep's email, and nothing here ever reads the Authorization header.
 */
final class Failures {
    private static final Logger log = LoggerFactory.getLogger(Failures.class);
    private final ObjectMapper mapper;

    Failures(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** One warning per failed attempt, with Pipeliner's status, code and name where it sent them. */
    void log(Request request, Exchange result) {
        if (result instanceof Exchange.Answer a) {
            ErrorBody body = ErrorBody.parse(mapper, a.status(), a.body());
            log.warn("Pipeliner answered {} to {} (code {}, {}): {}", a.status(), name(request), body.code(),
                    body.name(), body.message());
        } else if (result instanceof Exchange.Failure f) {
            log.warn("Pipeliner could not be reached for {} (request sent: {}): {}", name(request), f.sent(),
                    describe(f.error()));
        }
    }

    /** The exception for a final failure: auth, API error, or unavailable (429, 5xx, I/O). */
    PipelinerException toException(Request request, Exchange result, int attempts) {
        if (result instanceof Exchange.Failure f) {
            return new PipelinerUnavailableException("Pipeliner could not be reached for " + name(request)
                    + " after " + attempts + " attempt(s): " + describe(f.error()), f.error(), f.sent());
        }
        Exchange.Answer a = (Exchange.Answer) result;
        ErrorBody body = ErrorBody.parse(mapper, a.status(), a.body());
        if (a.status() == 401 || a.status() == 403) {
            return new PipelinerAuthException(a.status(), body.code(), body.name(), body.message());
        }
        if (a.status() == 429 || a.status() >= 500) {
            return new PipelinerUnavailableException("Pipeliner answered " + a.status() + " to " + name(request)
                    + " after " + attempts + " attempt(s): " + body.message(), null, a.mayHaveActed());
        }
        return new PipelinerApiException(a.status(), body.code(), body.name(), body.message(), body.fieldErrors());
    }

    /** The caller's deadline came before an answer; {@code last} is the failure that used up the time, if any. */
    PipelinerUnavailableException deadlinePassed(Request request, Exchange last) {
        String because = last == null ? "" : " (last attempt: " + summary(last) + ")";
        return new PipelinerUnavailableException("Pipeliner did not answer " + name(request)
                + " within the deadline" + because, cause(last), last != null && last.mayHaveActed());
    }

    PipelinerUnavailableException interrupted(Request request, Exchange last, IOException why) {
        return new PipelinerUnavailableException("Interrupted while waiting for Pipeliner on " + name(request),
                why, last != null && last.mayHaveActed());
    }

    PipelinerException unreadable(Request request, IOException e) {
        log.warn("Pipeliner's answer to {} is not the JSON expected: {}", name(request), describe(e));
        return new PipelinerException("Pipeliner's answer to " + name(request) + " is not the JSON expected", e);
    }

    static String name(Request request) {
        String path = request.url().encodedPath();
        int entities = path.indexOf("/entities/");
        return request.method() + " " + (entities < 0 ? path : path.substring(entities));
    }

    private static String summary(Exchange last) {
        return last instanceof Exchange.Answer a ? "HTTP " + a.status()
                : describe(((Exchange.Failure) last).error());
    }

    private static Throwable cause(Exchange last) {
        return last instanceof Exchange.Failure f ? f.error() : null;
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
