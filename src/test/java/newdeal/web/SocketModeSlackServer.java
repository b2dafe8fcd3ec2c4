package newdeal.web;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newdeal.testing.Waiting;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Stands in for Slack's Socket Mode endpoint on 127.0.0.1: greets each connection with {@code hello} as Slack does,
 * lets a test send envelopes and collects what the app sends back (its acknowledgements).
 */
final class SocketModeSlackServer extends WebSocketServer {
    private static final String HELLO = "{\"type\": \"hello\", \"num_connections\": 1, \"debug_info\": {\"host\": "
            + "\"applink-7fc8b8c8d-x2k9q\", \"build_number\": 118, \"approximate_connection_time\": 18060}, "
            + "\"connection_info\": {\"app_id\": \"A0001NEWDL\"}}";

    private final CountDownLatch started = new CountDownLatch(1);
    private final Set<WebSocket> clients = new CopyOnWriteArraySet<>();
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

    private SocketModeSlackServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    static SocketModeSlackServer listening() {
        SocketModeSlackServer server = new SocketModeSlackServer();
        server.setDaemon(true);
        server.start();
        try {
            if (!server.started.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the local Socket Mode server did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return server;
    }

    /** The websocket address, as {@code apps.connections.open} hands it out (without the ticket). */
    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    void awaitClient(Duration timeout) {
        Waiting.until(() -> !clients.isEmpty(), timeout, () -> "the app did not connect to the Socket Mode server");
    }

    void awaitNoClient(Duration timeout) {
        Waiting.until(clients::isEmpty, timeout, () -> "the app is still connected to the Socket Mode server");
    }

    /** Closes every connection from this side, as Slack does when it restarts a server. */
    void dropClients() {
        clients.forEach(client -> client.close(CloseFrame.GOING_AWAY, "server restarting"));
    }

    int clientCount() {
        return clients.size();
    }

    /** Sends one message to the connected app. */
    void send(String message) {
        clients.iterator().next().send(message);
    }

    /** The next message the app sent, or a failure when none came in time. */
    String awaitReply(Duration timeout) throws InterruptedException {
        String reply = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (reply == null) {
            throw new AssertionError("the app sent nothing within " + timeout.toMillis() + " ms");
        }
        return reply;
    }

    @Override
    public void stop() throws InterruptedException {
        stop(500);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        clients.add(conn);
        conn.send(HELLO);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        clients.remove(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        replies.add(message);
    }

    @Override
    public void onError(WebSocket conn, Exception e) {
        // a failed handshake or send shows up as a missing client or reply in the test itself
    }
}
