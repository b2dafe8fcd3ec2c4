package newdeal.deal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which submission each opportunity this app created or found belongs to, so that the look-up after an ambiguous
 * create never takes another submission's deal for its own. Kept longer than any look-up looks back (the client's
 * clock-skew margin plus a create's deadline), at most {@code max} of them.
 */
final class Attributions {
    private final Cache<String, String> keyById;

    Attributions(Clock clock, int max, Duration keep) {
        keyById = Caffeine.newBuilder()
                .ticker(() -> clock.instant().toEpochMilli() * 1_000_000L)
                .executor(Runnable::run)
                .maximumSize(max)
                .expireAfterWrite(keep)
                .build();
    }

    /** Records the opportunity as {@code submissionKey}'s, unless it already is another's (then answers false). */
    boolean attribute(String opportunityId, String submissionKey) {
        String owner = keyById.asMap().putIfAbsent(opportunityId, submissionKey);
        return owner == null || owner.equals(submissionKey);
    }

    /** Opportunity ids that belong to a submission other than this one. */
    Predicate<String> takenFrom(String submissionKey) {
        return id -> {
            String owner = keyById.getIfPresent(id);
            return owner != null && !Objects.equals(owner, submissionKey);
        };
    }

    long size() {
        keyById.cleanUp();
        return keyById.estimatedSize();
    }
}
