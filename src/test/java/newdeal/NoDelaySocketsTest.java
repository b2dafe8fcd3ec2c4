package newdeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import newdeal.sandbox.Sandbox;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.SlackHttp;
import newdeal.testing.SlackRequests;
import newdeal.testing.Waiting;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sockets the app's HTTP clients really open, to Slack's Web API and to Pipeliner, have TCP_NODELAY set: each is
 * read from the connection OkHttp hands to a call, while it is open.
 */
class NoDelaySocketsTest {
    private static final String SECRET = "5b0c9e1f7a3d4c2b8e6f0a1d3c5e7f90";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeSlackApi slack = FakeSlackApi.start().user(SlackRequests.USER_ID, "anna@example.test");
    private final Sandbox sandbox = Sandbox.start(0);
    private final List<SocketSeen> sockets = new CopyOnWriteArrayList<>();
    private Main.Running app;

    record SocketSeen(int port, boolean noDelay) {
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        slack.close();
        sandbox.stop();
    }

    @Test
    void slack_and_pipeliner_calls_go_over_sockets_with_tcp_nodelay() {
        app = Main.start(env(), Main.Timings.defaults(), null, http -> http.eventListener(new EventListener() {
            @Override
            public void connectionAcquired(Call call, Connection connection) {
                Socket socket = connection.socket();
                sockets.add(new SocketSeen(socket.getPort(), noDelay(socket)));
            }
        }));
        int slackPort = java.net.URI.create(slack.apiUrl()).getPort();

        SlackHttp.post("http://127.0.0.1:" + app.port() + "/slack/events",
                new SlackRequests(SECRET).command("Sockets", slack.responseUrl("sockets")));
        slack.awaitCall("views.open", WAIT);
        Waiting.until("a call to Slack and one to Pipeliner were seen", WAIT,
                () -> sockets.stream().anyMatch(s -> s.port() == slackPort)
                        && sockets.stream().anyMatch(s -> s.port() == sandbox.port()));

        assertThat(sockets).allSatisfy(s -> assertThat(s.noDelay()).as("TCP_NODELAY on " + s).isTrue());
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_BOT_TOKEN", "xoxb-not-a-real-token-no-delay");
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("PIPELINER_SERVICE_URL", sandbox.baseUrl());
        env.put("PIPELINER_SPACE_ID", sandbox.spaceId());
        env.put("PIPELINER_API_USERNAME", sandbox.username());
        env.put("PIPELINER_API_PASSWORD", sandbox.password());
        return env;
    }

    private static boolean noDelay(Socket socket) {
        try {
            return socket.getTcpNoDelay();
        } catch (IOException e) {
            throw new AssertionError("cannot read TCP_NODELAY of " + socket, e);
        }
    }
}
