package newdeal.web;

import com.slack.api.bolt.App;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes Slack's requests over a Socket Mode websocket instead of HTTP, for teams that cannot expose a public URL. The
 * same Bolt {@link App} answers them; Bolt asks {@code apps.connections.open} (with the app-level token) for the
 * websocket URL through the app's own Web API client, and acknowledges each envelope with its {@code envelope_id}.
 * Java-WebSocket is the transport (Bolt's default, Tyrus, is not available). {@link HealthState} learns whether the
 * websocket is open ({@link SocketWatch}).
 */
public final class SocketModeConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);
    /** Bolt writes a request's acknowledgement to the websocket right after the middleware chain returns. */
    private static final Duration ACK_GRACE = Duration.ofMillis(100);

    private final App app;
    private final SocketModeApp socketMode;
    private final HealthState health;
    private final AtomicBoolean logging = new AtomicBoolean();
    private final AtomicInteger inProgress = new AtomicInteger();
    private SocketWatch watch;

    public SocketModeConnection(App app, String appToken, HealthState health) {
        this.app = app;
        this.health = health;
        try {
            // builds a client factory only: nothing is called before start()
            this.socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the Bolt app (its {@code auth.test}, which throws Bolt's own exception on a bad bot token) and opens the
     * connection; returns without waiting for the websocket handshake (health says when it is open), after which Bolt's
     * session monitor checks the connection every 5 s and reconnects.
     *
     * @throws IllegalStateException when Slack gave no websocket URL (wrong app token, Socket Mode off)
     */
    public void start() {
        app.start();
        // registered after app.start(): before it, use() would run auth.test on the spot
        if (logging.compareAndSet(false, true)) {
            app.use(this::logged);
        }
        try {
            socketMode.startAsync();
        } catch (Exception e) {
            if (socketMode.getClient() == null) {
                // Slack handed out no websocket URL, so Bolt has no client to connect
                throw new IllegalStateException("Socket Mode could not connect: apps.connections.open failed ("
                        + e.getMessage() + "). Check SLACK_APP_TOKEN (an app-level token with connections:write) and "
                        + "that the Slack app has socket_mode_enabled: true", e);
            }
            throw new IllegalStateException("Socket Mode could not start: " + e.getMessage(), e);
        }
        watch = new SocketWatch(socketMode.getClient(), health);
        watch.start();
        log.info("Socket Mode connection opening; Slack's requests come over the websocket, not HTTP");
    }

    /**
     * Lets the requests in progress send their acknowledgement (up to {@link WebServer#STOP_WAIT}), then stops taking
     * requests: closes the websocket without reconnecting, stops the Bolt app and Bolt's workers.
     */
    public void stop() {
        awaitRequestsInProgress();
        SocketModeClient client = socketMode.getClient();
        try {
            socketMode.close();
            if (client != null) {
                client.close();
            }
        } catch (Exception e) {
            log.warn("Socket Mode did not close cleanly: {}", e.toString());
        }
        if (watch != null) {
            watch.close();
        }
    }

    private void awaitRequestsInProgress() {
        long deadline = System.nanoTime() + WebServer.STOP_WAIT.toNanos();
        boolean waited = false;
        try {
            while (inProgress.get() > 0 && System.nanoTime() < deadline) {
                waited = true;
                Thread.sleep(20);
            }
            if (waited) {
                Thread.sleep(ACK_GRACE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts requests in progress, and writes the one log line per request that the HTTP adapter writes. */
    private Response logged(Request<?> request, Response response, MiddlewareChain chain) throws Exception {
        if (!request.isSocketMode()) {
            return chain.next(request);
        }
        long started = System.nanoTime();
        inProgress.incrementAndGet();
        try {
            Response answer = chain.next(request);
            SlackRequestLog.answered(request, answer.getStatusCode(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return answer;
        } finally {
            inProgress.decrementAndGet();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
