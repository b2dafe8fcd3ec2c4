package newdeal.playground;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A forwarder between the app and Pipeliner (the sandbox or a real space), given to the app as its
 * {@code PIPELINER_SERVICE_URL}: every request passes through unchanged and shows in the Under the hood panel by
 * method, path, status and time. Neither the app nor its client knows it is there. Headers are passed on but never
 * recorded (the Authorization header holds the API keys). Jetty serves it, so idle connections the app keeps open
 * are closed as a real server closes them.
 */
final class PipelinerRecorder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PipelinerRecorder.class);
    private static final Set<String> PASSED = Set.of("authorization", "content-type", "accept", "user-agent",
            "idempotency-key", "x-request-id");
    private static final Set<String> NOT_RETURNED = Set.of("content-length", "transfer-encoding", "connection",
            "keep-alive", "date", "server");
    private static final Duration TARGET_WAIT = Duration.ofSeconds(30);
    private static final Duration IDLE = Duration.ofMinutes(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CompletableFuture<String> target;
    private final Hood hood;
    private final Javalin server;

    /** {@code target} may complete later (the sandbox still starting): requests wait for it. */
    PipelinerRecorder(CompletableFuture<String> target, Hood hood) {
        this.target = target.thenApply(t -> t.endsWith("/") ? t.substring(0, t.length() - 1) : t);
        this.hood = hood;
        server = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
        });
        for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
                HandlerType.DELETE)) {
            server.addHttpHandler(method, "/*", this::forward);
        }
        server.start("127.0.0.1", 0);
        // The app's Pipeliner client keeps idle connections 5 minutes and does not retry a request on a connection
        // the server closed meanwhile (a GET on it fails with "unexpected end of stream"). Jetty closes idle
        // connections after 30 s: the recorder keeps them longer, so that a quiet minute in the playground does not
        // make the next search fail. (Reported: real servers close idle connections too.)
        for (Connector connector : server.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector open) {
                open.setIdleTimeout(IDLE.toMillis());
            }
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    private void forward(Context ctx) {
        long started = System.nanoTime();
        String pathAndQuery = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        String method = ctx.method().name();
        String status;
        try {
            byte[] body = ctx.bodyAsBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target() + pathAndQuery))
                    .timeout(Duration.ofSeconds(60)).method(method, body.length == 0
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            ctx.headerMap().forEach((name, value) -> {
                if (PASSED.contains(name.toLowerCase(Locale.ROOT))) {
                    request.header(name, value);
                }
            });
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_RETURNED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    values.forEach(v -> ctx.res().addHeader(name, v));
                }
            });
            ctx.status(answer.statusCode()).result(answer.body());
            status = Integer.toString(answer.statusCode());
        } catch (IOException | RuntimeException e) {
            // As a dropped connection would: Pipeliner gave no answer.
            log.warn("Pipeliner gave the recorder no answer for {} {}: {}", method, ctx.path(), e.toString());
            ctx.status(502).result("Pipeliner gave no answer");
            status = "no answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ctx.status(502);
            status = "interrupted";
        }
        if (ctx.path().startsWith("/api/")) { // not the page per opportunity, which the rep's browser opens
            hood.record(Hood.Source.PIPELINER, method + " " + URLDecoder.decode(pathAndQuery, StandardCharsets.UTF_8),
                    status, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private String target() throws IOException {
        try {
            return target.get(TARGET_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Pipeliner is not there: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
