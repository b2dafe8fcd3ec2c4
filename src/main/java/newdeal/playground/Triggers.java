package newdeal.playground;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trigger ids as Slack hands them out with a slash command or an interaction: each opens one view (views.open or
 * views.push) within {@link #VALID} of being issued, and only once.
 */
final class Triggers {
    static final Duration VALID = Duration.ofSeconds(3);
    /** Issued triggers are forgotten after this; a later use is {@code invalid_trigger_id}, as for a made-up one. */
    private static final Duration FORGOTTEN = Duration.ofMinutes(30);

    private record Issued(Instant at, boolean used) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    Triggers(Clock clock) {
        this.clock = clock;
    }

    String issue() {
        Instant now = clock.instant();
        issued.values().removeIf(i -> i.at().plus(FORGOTTEN).isBefore(now));
        byte[] tail = new byte[10];
        random.nextBytes(tail);
        String id = now.getEpochSecond() + "." + (100_000_000 + random.nextInt(900_000_000)) + "."
                + HexFormat.of().formatHex(tail);
        issued.put(id, new Issued(now, false));
        return id;
    }

    /** Uses the trigger: empty when it may open a view, else Slack's error code. */
    Optional<String> exchange(String triggerId) {
        if (triggerId == null || triggerId.isBlank()) {
            return Optional.of("invalid_trigger_id");
        }
        Instant now = clock.instant();
        String[] error = new String[1];
        issued.computeIfPresent(triggerId, (id, trigger) -> {
            if (trigger.used()) {
                error[0] = "exchanged_trigger_id";
                return trigger;
            }
            if (now.isAfter(trigger.at().plus(VALID))) {
                error[0] = "expired_trigger_id";
                return trigger;
            }
            return new Issued(trigger.at(), true);
        });
        if (!issued.containsKey(triggerId)) {
            return Optional.of("invalid_trigger_id");
        }
        return Optional.ofNullable(error[0]);
    }
}
