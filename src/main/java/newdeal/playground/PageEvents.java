package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The page's live feed (server-sent events): each open page gets a {@code snapshot} when it connects, then every
 * change as it happens ({@code modal}, {@code message}, {@code home}, {@code hood}, {@code slack_error}).
 */
final class PageEvents {
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private volatile Supplier<JsonNode> snapshot = () -> null;

    void snapshotFrom(Supplier<JsonNode> snapshot) {
        this.snapshot = snapshot;
    }

    void connect(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        synchronized (this) {
            client.sendEvent("snapshot", snapshot.get().toString());
            clients.add(client);
        }
    }

    /** Sends to every open page; one lock keeps the order the same on every page. */
    synchronized void publish(String type, JsonNode data) {
        String text = data.toString();
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent(type, text);
            }
        }
    }

    void closeAll() {
        clients.forEach(SseClient::close);
        clients.clear();
    }
}
