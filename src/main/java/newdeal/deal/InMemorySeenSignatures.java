package newdeal.deal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;

/**
 * {@link SeenSignatures} for one instance: each signature is kept for its own window, and at most {@link #MAX_KEPT}
 * of them (Slack sends a team's requests by the hundred per minute at most; the oldest go first past the cap).
 */
public final class InMemorySeenSignatures implements SeenSignatures {
    static final int MAX_KEPT = 100_000;

    private final Cache<String, Duration> seen;

    public InMemorySeenSignatures(Clock clock) {
        this(clock, MAX_KEPT);
    }

    InMemorySeenSignatures(Clock clock, int maxKept) {
        seen = Caffeine.newBuilder()
                .ticker(() -> clock.instant().toEpochMilli() * 1_000_000L)
                .executor(Runnable::run)
                .maximumSize(maxKept)
                .expireAfter(Expiry.<String, Duration>creating((signature, window) -> window))
                .build();
    }

    @Override
    public boolean firstTime(String signature, Duration window) {
        if (window.isNegative() || window.isZero()) {
            return true; // nothing with this signature can be accepted again: no need to keep it
        }
        return seen.asMap().putIfAbsent(signature, window) == null;
    }

    /** How many signatures are kept now. */
    long kept() {
        seen.cleanUp();
        return seen.estimatedSize();
    }
}
