package newdeal.playground;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import newdeal.testing.SlackRequests;

/**
 * An app of the test's making behind the playground: it learns the playground's environment (the made-up secrets),
 * records every request to {@code /slack/events} with whether its Slack signature is right, and answers with what
 * the test says (an empty 200 by default).
 */
final class FakeApp implements Playground.RunningApp {
    /** One request as it arrived: its form fields, and whether the signature matched the signing secret. */
    record Received(Map<String, String> fields, boolean signed, Instant at) {
        String payload() {
            return fields.get("payload");
        }
    }

    final Map<String, String> env;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, String> answers = r -> "";
    private final Javalin server;

    private FakeApp(Map<String, String> env) {
        this.env = Map.copyOf(env);
        server = Javalin.create(config -> config.showJavalinBanner = false)
                .post("/slack/events", this::events).start("127.0.0.1", 0);
    }

    static FakeApp start(Map<String, String> env) {
        return new FakeApp(env);
    }

    /** From now on, answers each request with the body this returns (JSON, or empty). */
    void answer(Function<Received, String> answers) {
        this.answers = answers;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The latest request (the page's actions wait for the app's answer, so it is there when they return). */
    Received last() {
        if (received.isEmpty()) {
            throw new AssertionError("no request reached the app");
        }
        return received.get(received.size() - 1);
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public void stop() {
        server.stop();
    }

    private void events(Context ctx) {
        String body = ctx.body();
        String expected = SlackRequests.signature(env.get("SLACK_SIGNING_SECRET"),
                ctx.header("X-Slack-Request-Timestamp"), body);
        Received request = new Received(form(body), expected.equals(ctx.header("X-Slack-Signature")), Instant.now());
        received.add(request);
        String answer = answers.apply(request);
        ctx.contentType(answer.isEmpty() ? "text/plain" : "application/json").result(answer);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
