package newdeal.pipeliner;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries temporary failures: at most {@code maxAttempts} tries, waiting a random time between zero
 * and {@code initialBackoff · 2^(retry-1)} capped at {@code maxBackoff} ("full jitter", so clients that failed
 * together do not come back together). A {@code Retry-After} up to {@code maxRetryAfter} is honoured instead; a longer one ends
 * the retries, since Pipeliner asked for more patience than any caller has.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max, not " + initialBackoff
                    + " and " + maxBackoff);
        }
    }

    /** Four tries within 100 ms … 1 s backoffs; Retry-After honoured up to 2 s (the Slack side has < 3 s). */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    /** The wait before retry number {@code retry} (1 = the first retry), given a uniform random in [0, 1). */
    Duration backoff(int retry, double random) {
        long ceiling = initialBackoff.toNanos();
        for (int i = 1; i < retry && ceiling < maxBackoff.toNanos(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, maxBackoff.toNanos());
        return Duration.ofNanos((long) (ceiling * random));
    }
}
