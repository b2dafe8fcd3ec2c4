package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The playground's Slack stand-in over real HTTP, with a {@link FakeApp} behind it and a {@link StoppedClock}: the
 * test plays both the app (calling the Web API with the made-up bot token) and the rep (the page's requests).
 */
final class StandInRig implements AutoCloseable {
    static final String REP = "U0PLAYANNA";
    final ObjectMapper json = new ObjectMapper();
    final StoppedClock clock = new StoppedClock();
    final Playground playground;
    final FakeApp app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    StandInRig() {
        FakeApp[] started = new FakeApp[1];
        playground = Playground.start(0, new Playground.Pipeliner(
                java.util.concurrent.CompletableFuture.completedFuture("http://127.0.0.1:9"), "space", "user", "password",
                "http://127.0.0.1:9/space/{space}/opportunities/{id}/detail", false), env -> {
                    started[0] = FakeApp.start(env);
                    return started[0];
                }, clock);
        app = started[0];
    }

    String botToken() {
        return app.env.get("SLACK_BOT_TOKEN");
    }

    /** A Web API call, form-encoded with the token in a field, as many clients send it. */
    JsonNode api(String method, Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> body.add(encode(k) + "=" + encode(v)));
        return send(HttpRequest.newBuilder(URI.create(app.env.get("SLACK_API_URL") + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A Web API call with a JSON body and the token as a Bearer header, as Bolt's JSON calls send it. */
    JsonNode apiJson(String method, ObjectNode body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.env.get("SLACK_API_URL") + method))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** What the page asks of the stand-in ({@code /page/message}, {@code /page/submit}, …). */
    JsonNode page(String path, ObjectNode body) {
        body.put("user", REP);
        return send(HttpRequest.newBuilder(URI.create(playground.url() + "page/" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Types {@code /new-deal text} in the message box; returns the slash command the app received. */
    Map<String, String> command(String text) {
        page("message", json.createObjectNode().put("text", "/new-deal " + text));
        return app.last().fields();
    }

    /** Opens a modal as the app would after a command: returns Slack's answer. */
    JsonNode openModal(ObjectNode view) {
        String trigger = command("x").get("trigger_id");
        return apiJson("views.open", json.createObjectNode().put("trigger_id", trigger).set("view", view),
                botToken());
    }

    /** The page's first event after connecting: everything it shows (messages, modal, hood). */
    JsonNode snapshot() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(playground.url() + "page/events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("data: ")) {
                        return json.readTree(line.substring("data: ".length()));
                    }
                }
            }
            throw new AssertionError("the event stream ended without a snapshot");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    JsonNode modalViews() {
        return snapshot().path("modal").path("views");
    }

    ObjectNode view(String title, int blocks) {
        ObjectNode view = json.createObjectNode().put("type", "modal").put("callback_id", "test");
        view.putObject("title").put("type", "plain_text").put("text", title);
        var list = view.putArray("blocks");
        for (int i = 0; i < blocks; i++) {
            list.addObject().put("type", "section").put("block_id", "b" + i).putObject("text")
                    .put("type", "mrkdwn").put("text", "Block " + i);
        }
        return view;
    }

    JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return body.startsWith("{") ? json.readTree(body)
                    : json.createObjectNode().put("status", response.statusCode()).put("text", body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        playground.stop();
    }
}
