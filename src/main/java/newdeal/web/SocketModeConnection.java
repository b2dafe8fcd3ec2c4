package newdeal.web;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes Slack's requests over a Socket Mode websocket instead of HTTP, for teams that cannot expose a public URL. The
 * same Bolt {@link App} answers them; Bolt asks {@code apps.connections.open} (with the app-level token) for the
 * websocket URL through the app's own Web API client, and acknowledges each envelope with its {@code envelope_id}.
 * Java-WebSocket is the transport (Bolt's default, Tyrus, is not available).
 */
public final class SocketModeConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);

    private final SocketModeApp socketMode;

    public SocketModeConnection(App app, String appToken) {
        try {
            // builds a client factory only: nothing is called before start()
            this.socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the Bolt app (its {@code auth.test}) and opens the connection; returns without waiting for the websocket
     * handshake, after which Bolt's session monitor keeps the connection alive and reconnects.
     *
     * @throws IllegalStateException when Slack gave no websocket URL (wrong app token, Socket Mode off)
     */
    public void start() {
        try {
            socketMode.startAsync();
        } catch (Exception e) {
            if (socketMode.getClient() == null) {
                // Bolt logs the apps.connections.open error and leaves no client behind
                throw new IllegalStateException("Socket Mode could not connect: apps.connections.open failed. Check "
                        + "SLACK_APP_TOKEN (an app-level token with connections:write) and that the Slack app has "
                        + "socket_mode_enabled: true", e);
            }
            throw new IllegalStateException("Socket Mode could not start: " + e.getMessage(), e);
        }
        log.info("Socket Mode connection opening; Slack's requests come over the websocket, not HTTP");
    }

    /** Stops taking requests: closes the websocket without reconnecting, stops the Bolt app and Bolt's workers. */
    public void stop() {
        SocketModeClient client = socketMode.getClient();
        try {
            socketMode.close();
            if (client != null) {
                client.close();
            }
        } catch (Exception e) {
            log.warn("Socket Mode did not close cleanly: {}", e.toString());
        }
    }

    @Override
    public void close() {
        stop();
    }
}
