package newdeal.playground;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executors;

/**
 * A forwarder between the app and Pipeliner (the sandbox or a real space), given to the app as its
 * {@code PIPELINER_SERVICE_URL}: every request passes through unchanged and shows in the Under the hood panel by
 * method, path, status and time. Neither the app nor its client knows it is there. Headers are passed on but never
 * recorded (the Authorization header holds the API keys).
 */
final class PipelinerRecorder implements AutoCloseable {
    private static final Set<String> PASSED = Set.of("authorization", "content-type", "accept", "user-agent",
            "idempotency-key", "x-request-id");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "playground-pipeliner-forward");
        thread.setDaemon(true);
        return thread;
    });
    private static final Duration TARGET_WAIT = Duration.ofSeconds(30);
    private final CompletableFuture<String> target;
    private final Hood hood;
    private final HttpServer server;

    /** {@code target} may complete later (the sandbox still starting): requests wait for it. */
    PipelinerRecorder(CompletableFuture<String> target, Hood hood) throws IOException {
        this.target = target.thenApply(t -> t.endsWith("/") ? t.substring(0, t.length() - 1) : t);
        this.hood = hood;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void forward(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        URI uri = exchange.getRequestURI();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String method = exchange.getRequestMethod();
        String status;
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target() + pathAndQuery))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (PASSED.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!List.of("content-length", "transfer-encoding", "connection").contains(name.toLowerCase())
                        && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] bytes = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
            status = Integer.toString(answer.statusCode());
        } catch (IOException e) {
            status = "no answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = "interrupted";
        }
        if (!uri.getRawPath().startsWith("/api/")) {
            return; // the page per opportunity, opened by the rep's browser, not a request of the app
        }
        hood.record(Hood.Source.PIPELINER, method + " " + java.net.URLDecoder.decode(pathAndQuery,
                java.nio.charset.StandardCharsets.UTF_8), status, (System.nanoTime() - started) / 1_000_000);
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
        server.stop(0);
        threads.shutdownNow();
    }
}
