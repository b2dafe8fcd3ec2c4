package newdeal.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jetty.server.Request;

/**
 * Wraps each endpoint: injected faults first (as the network or Pipeliner's front would misbehave), then HTTP Basic,
 * then the handler; an {@link ApiError} becomes Pipeliner's error body.
 */
final class Guard {
    private static final Duration LONGEST_HANG = Duration.ofMinutes(10);
    private final Faults faults;
    private final BasicAuth auth;
    private final ObjectMapper json;

    Guard(Faults faults, BasicAuth auth, ObjectMapper json) {
        this.faults = faults;
        this.auth = auth;
        this.json = json;
    }

    Handler wrap(Handler endpoint) {
        return ctx -> {
            Optional<Faults.Active> fault = faults.match(ctx.method().name(), ctx.path(), ctx.queryString());
            if (fault.isPresent() && !fault.get().fault().isAfterHandling() && inject(ctx, fault.get())) {
                return;
            }
            try {
                auth.require(ctx);
                endpoint.handle(ctx);
            } catch (ApiError e) {
                send(ctx, e);
            }
            if (fault.isPresent() && fault.get().fault().isAfterHandling()) {
                inject(ctx, fault.get());
            }
        };
    }

    void send(Context ctx, ApiError error) throws IOException {
        if (error.status() == 401) {
            ctx.header("WWW-Authenticate", "Basic realm=\"restapi\"");
        }
        ctx.status(error.status()).contentType("application/json").result(json.writeValueAsBytes(error.body(json)));
    }

    /** Applies the fault; true when the request got its final (injected) answer or none at all. */
    private boolean inject(Context ctx, Faults.Active handle) throws Exception {
        Fault fault = handle.fault();
        if (!fault.latency().isZero()) {
            Thread.sleep(fault.latency().toMillis());
        }
        if (fault.effect() == Fault.Effect.HANG || fault.effect() == Fault.Effect.HOLD) {
            handle.awaitRelease(LONGEST_HANG);
        }
        if (fault.effect() == Fault.Effect.HANG || fault.effect() == Fault.Effect.DROP_CONNECTION) {
            Request.getBaseRequest(ctx.req()).getHttpChannel().getEndPoint().close();
            return true;
        }
        if (fault.fieldError() != null) {
            send(ctx, ApiError.validation(java.util.List.of(fault.fieldError())));
            return true;
        }
        if (fault.status() > 0) {
            send(ctx, ApiError.injected(fault.status()));
            return true;
        }
        return false;
    }
}
