package newdeal.web;

import com.slack.api.socket_mode.SocketModeClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;

/**
 * Keeps {@link HealthState} told whether the Socket Mode websocket is open. Bolt's client says when Slack greets a new
 * connection ({@code hello}) and when one closes, but not which connection closed: a reconnect closes the old one
 * while the new one opens. So every such event only triggers a check of the current connection (Bolt's own ping and
 * pong), one at a time, and the last check tells the truth.
 */
final class SocketWatch implements AutoCloseable {
    private static final Pattern HELLO = Pattern.compile("\"type\"\\s*:\\s*\"hello\"");

    private final SocketModeClient client;
    private final HealthState health;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "new-deal-socket-watch");
        thread.setDaemon(true);
        return thread;
    });

    SocketWatch(SocketModeClient client, HealthState health) {
        this.client = client;
        this.health = health;
    }

    /** Listens from now on, and checks once for a hello that came before. */
    void start() {
        client.addWebSocketMessageListener(message -> {
            if (HELLO.matcher(message).find()) {
                check();
            }
        });
        client.addWebSocketCloseListener((code, reason) -> check());
        check();
    }

    private void check() {
        try {
            // verifyConnection answers at once for a closed connection, within ~100 ms for an open one
            checks.execute(() -> health.slackConnected(client.verifyConnection()));
        } catch (RejectedExecutionException e) {
            // stopping: the connection is being closed on purpose
        }
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
