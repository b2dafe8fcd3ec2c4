package newdeal.playground;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends the app what Slack sends it, to {@code POST /slack/events}: form-encoded bodies signed as Slack signs them
 * ({@code v0=} + hex HMAC-SHA256 of {@code v0:timestamp:body}), and gives up after Slack's 3 seconds. This is the only
 * way the playground reaches the app.
 */
final class AppClient {
    static final Duration SLACK_WAIT = Duration.ofSeconds(3);
    static final String FORM = "application/x-www-form-urlencoded";

    /** The app's answer; {@code timedOut} when none came within Slack's 3 seconds (status 0 when unreachable). */
    record Answer(int status, String body, boolean timedOut) {
        boolean ok() {
            return status == 200 && !timedOut;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final String signingSecret;
    private final Hood hood;
    private volatile URI events;

    AppClient(String signingSecret, Hood hood) {
        this.signingSecret = signingSecret;
        this.hood = hood;
    }

    void target(int appPort) {
        events = URI.create("http://127.0.0.1:" + appPort + "/slack/events");
    }

    /** A slash command: its fields form-encoded in Slack's order. */
    Answer sendForm(String kind, Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
        return send(kind, body.toString());
    }

    /** An interaction or options load: one form field {@code payload} holding the JSON. */
    Answer sendPayload(String kind, ObjectNode payload) {
        return send(kind, "payload=" + encode(payload.toString()));
    }

    private Answer send(String kind, String body) {
        long started = System.nanoTime();
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(events).timeout(SLACK_WAIT)
                .header("Content-Type", FORM).header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature(timestamp, body)).header("User-Agent", "Slackbot 1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Answer answer;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            answer = new Answer(response.statusCode(), response.body(), false);
        } catch (HttpTimeoutException e) {
            answer = new Answer(0, "", true);
        } catch (IOException e) {
            answer = new Answer(0, "", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Answer(0, "", false);
        }
        String status = answer.timedOut() ? "timeout" : answer.status() == 0 ? "unreachable"
                : Integer.toString(answer.status());
        hood.record(Hood.Source.TO_APP, kind, status, (System.nanoTime() - started) / 1_000_000);
        return answer;
    }

    String signature(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
