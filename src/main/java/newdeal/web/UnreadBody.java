package newdeal.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/**
 * Answers a request whose body is left unread (too large, too slow) and closes its connection without reading the
 * rest. Jetty would drain whatever the client keeps sending before it reuses or closes the connection; instead the
 * answer is flushed, the output shut (the client reads the answer and its end), and after {@link #LINGER}, so that
 * the answer is not lost in a reset, the connection is closed unread. No thread waits meanwhile.
 */
final class UnreadBody {
    static final Duration LINGER = Duration.ofSeconds(1);

    private UnreadBody() {
    }

    /** Completes once the connection is closed. */
    static CompletableFuture<Void> answerAndClose(Context ctx, int status, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpServletResponse response = ctx.res();
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            // The client is gone already: nothing left to tell it.
        }
        Request base = Request.getBaseRequest(ctx.req());
        if (base == null) {
            return CompletableFuture.completedFuture(null);
        }
        EndPoint endPoint = base.getHttpChannel().getEndPoint();
        endPoint.shutdownOutput();
        return CompletableFuture.runAsync(endPoint::close,
                CompletableFuture.delayedExecutor(LINGER.toMillis(), TimeUnit.MILLISECONDS));
    }
}
