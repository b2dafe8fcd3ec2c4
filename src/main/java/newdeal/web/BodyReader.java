package newdeal.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Reads a request body as it arrives (servlet non-blocking reads: a slow sender holds no thread) and never more than
 * {@code maxBytes} of it, chunked or not: past the limit, or when Content-Length announces more, reading stops and
 * the body is refused with 413. A body too slow for Jetty's minimum data rate or idle timeout is refused with 408.
 * The request must be in async mode (Javalin's {@code ctx.future} starts it before asking for the future).
 */
final class BodyReader {
    private static final int CHUNK = 8192;

    private final int maxBytes;

    BodyReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** What came of reading a body. */
    sealed interface Body {
        record Read(String text) implements Body {
        }

        /** {@code why} is for the log: never any of the body. */
        record Refused(int status, String why) implements Body {
        }
    }

    /** Completes (never exceptionally) once the whole body arrived or it was refused. */
    CompletableFuture<Body> read(HttpServletRequest request) {
        CompletableFuture<Body> result = new CompletableFuture<>();
        if (request.getContentLengthLong() > maxBytes) {
            result.complete(tooLarge());
            return result;
        }
        try {
            ServletInputStream in = request.getInputStream();
            in.setReadListener(new Listener(in, charset(request), result));
        } catch (IOException | RuntimeException e) {
            result.complete(failed(e));
        }
        return result;
    }

    private Body.Refused tooLarge() {
        return new Body.Refused(413, "body over " + maxBytes + " bytes");
    }

    private static Body.Refused failed(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof BadMessageException bad && bad.getCode() == 408 || cause instanceof TimeoutException
                || failure instanceof TimeoutException) {
            return new Body.Refused(408, "body too slow");
        }
        return new Body.Refused(400, "body unreadable (" + failure.getClass().getSimpleName() + ")");
    }

    private static Charset charset(HttpServletRequest request) {
        try {
            String name = request.getCharacterEncoding();
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private final class Listener implements ReadListener {
        private final ServletInputStream in;
        private final Charset charset;
        private final CompletableFuture<Body> result;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[CHUNK];

        Listener(ServletInputStream in, Charset charset, CompletableFuture<Body> result) {
            this.in = in;
            this.charset = charset;
            this.result = result;
        }

        @Override
        public void onDataAvailable() {
            try {
                while (!result.isDone() && in.isReady()) {
                    int n = in.read(chunk);
                    if (n < 0) {
                        return; // onAllDataRead follows
                    }
                    received.write(chunk, 0, n);
                    if (received.size() > maxBytes) {
                        result.complete(tooLarge()); // and read no more: Jetty closes the connection after the answer
                    }
                }
            } catch (IOException | RuntimeException e) {
                result.complete(failed(e));
            }
        }

        @Override
        public void onAllDataRead() {
            result.complete(new Body.Read(received.toString(charset)));
        }

        @Override
        public void onError(Throwable failure) {
            result.complete(failed(failure));
        }
    }
}
