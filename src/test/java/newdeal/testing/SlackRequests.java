package newdeal.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds requests signed exactly as Slack signs them ({@code v0=} + hex HMAC-SHA256 of {@code v0:timestamp:body})
 * and shaped exactly as Slack sends them: slash commands form-encoded with all their fields, interactivity and
 * options loads as one form field {@code payload} holding JSON. Skeletons live in {@code src/test/resources/slack/}.
 */
public final class SlackRequests {
    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String USER_ID = "U0001ANA";
    public static final String CHANNEL_ID = "C0001DEALS";

    private final String signingSecret;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong triggers = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40));

    public SlackRequests(String signingSecret) {
        this(signingSecret, Clock.systemUTC());
    }

    public SlackRequests(String signingSecret, Clock clock) {
        this.signingSecret = signingSecret;
        this.clock = clock;
    }

    /** {@code /new-deal <text>} typed by {@link #USER_ID} in {@link #CHANNEL_ID}. */
    public SignedRequest command(String text, String responseUrl) {
        return command(Map.of("text", text, "response_url", responseUrl));
    }

    /** A slash command with the fixture's fields, some replaced (e.g. {@code user_id}, {@code trigger_id}). */
    public SignedRequest command(Map<String, String> overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fixture("command.json").fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
        fields.put("trigger_id", nextTriggerId());
        fields.putAll(overrides);
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
        return sign(body.toString(), FORM, clock.instant());
    }

    /** The rep picked a value in a {@code dispatch_action} input: block_actions with that action and the view. */
    public SignedRequest blockActions(SlackForm form, String actionId) {
        ObjectNode payload = fixture("block_actions.json").put("trigger_id", nextTriggerId());
        JsonNode view = form.view();
        ((ObjectNode) payload.get("container")).put("view_id", view.path("id").asText());
        payload.set("view", view);
        payload.putArray("actions").add(form.action(actionId));
        return payload(payload);
    }

    /** The rep typed {@code query} into an external select: an options load (block_suggestion). */
    public SignedRequest blockSuggestion(JsonNode view, String actionId, String query) {
        ObjectNode payload = fixture("block_suggestion.json");
        ((ObjectNode) payload.get("container")).put("view_id", view.path("id").asText());
        payload.put("action_id", actionId).put("block_id", SlackForm.of(view).blockIdOf(actionId))
                .put("value", query);
        payload.set("view", SlackForm.of(view).view());
        return payload(payload);
    }

    /** The rep pressed the modal's submit button with the form as filled. */
    public SignedRequest viewSubmission(SlackForm form) {
        ObjectNode payload = fixture("view_submission.json").put("trigger_id", nextTriggerId());
        payload.set("view", form.view());
        return payload(payload);
    }

    /** Any body, signed as Slack would at {@code at} (use a time minutes ago for a stale request). */
    public SignedRequest sign(String body, String contentType, Instant at) {
        String timestamp = Long.toString(at.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put(SignedRequest.TIMESTAMP, timestamp);
        headers.put(SignedRequest.SIGNATURE, signature(signingSecret, timestamp, body));
        return new SignedRequest(body, headers);
    }

    public static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** The value of the {@code payload} form field of an interactivity request, parsed. */
    public JsonNode payloadOf(SignedRequest request) {
        String encoded = request.body().substring("payload=".length());
        try {
            return json.readTree(java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Slack gives every command and interaction a trigger_id of its own, so two of them are never byte for byte the
     * same request, even within one second (the app refuses a request it already accepted as a replay).
     */
    private String nextTriggerId() {
        return "13345224609.738474920." + HexFormat.of().toHexDigits(triggers.incrementAndGet());
    }

    private SignedRequest payload(ObjectNode payload) {
        return sign("payload=" + encode(payload.toString()), FORM, clock.instant());
    }

    private ObjectNode fixture(String name) {
        try (InputStream in = SlackRequests.class.getResourceAsStream("/slack/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture src/test/resources/slack/" + name);
            }
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
