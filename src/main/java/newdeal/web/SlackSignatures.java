package newdeal.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import newdeal.deal.SeenSignatures;

/**
 * Slack's request signature, checked before Bolt sees a request: signed with the app's signing secret
 * ({@code v0=} + hex HMAC-SHA256 of {@code v0:timestamp:body}), a timestamp at most {@link #WINDOW} from now in
 * either direction (Bolt bounds only the past), and a signature never accepted before (a replay is refused).
 * See https://api.slack.com/authentication/verifying-requests-from-slack.
 */
final class SlackSignatures {
    static final String SIGNATURE = "X-Slack-Signature";
    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final SecretKeySpec key;
    private final SeenSignatures seen;
    private final Clock clock;

    SlackSignatures(String signingSecret, SeenSignatures seen, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.seen = seen;
        this.clock = clock;
    }

    /** Empty when the request may go on; otherwise why it is refused, in words fit for the log (no signature). */
    Optional<String> refusal(String timestamp, String signature, String body) {
        return forged(timestamp, signature, body).or(() -> replayed(timestamp, signature));
    }

    /** Why the request is not Slack's own, now: unsigned, outside the window either way, or wrongly signed. */
    Optional<String> forged(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null) {
            return Optional.of("unsigned");
        }
        long sentAt;
        try {
            sentAt = Math.multiplyExact(Long.parseLong(timestamp.strip()), 1000L);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.of("timestamp is no number of seconds");
        }
        long now = clock.millis();
        if (sentAt < now - WINDOW.toMillis()) {
            return Optional.of("timestamp more than 5 minutes old");
        }
        if (sentAt > now + WINDOW.toMillis()) {
            return Optional.of("timestamp more than 5 minutes ahead");
        }
        if (!MessageDigest.isEqual(expected(timestamp, body), signature.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("bad signature");
        }
        return Optional.empty();
    }

    /**
     * Whether this signature was accepted before (checked only once {@link #forged} found nothing, so the timestamp
     * parses and lies inside the window); accepting it now remembers it.
     */
    Optional<String> replayed(String timestamp, String signature) {
        long sentAt = Long.parseLong(timestamp.strip()) * 1000L;
        long now = clock.millis();
        // Kept until the timestamp leaves the window, plus a second for Slack's rounding to whole seconds.
        Duration stillAcceptable = Duration.ofMillis(sentAt + WINDOW.toMillis() - now).plusSeconds(1);
        if (!seen.firstTime(signature, stillAcceptable)) {
            return Optional.of("replay of a request already accepted");
        }
        return Optional.empty();
    }

    private byte[] expected(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return ("v0=" + HexFormat.of().formatHex(digest)).getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
