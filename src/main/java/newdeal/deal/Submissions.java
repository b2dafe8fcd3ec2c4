package newdeal.deal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The submissions remembered by key: every create in flight, whatever their number (they weigh nothing, never
 * expire, so they are never evicted: shutdown waits for them), and at most {@code maxFinished} finished ones, each
 * forgotten {@code keepFinished} after it finished (the least recently used first past the cap).
 */
final class Submissions {
    private final Cache<String, Submission> byKey;

    Submissions(Clock clock, int maxFinished, Duration keepFinished) {
        byKey = Caffeine.newBuilder()
                .ticker(() -> clock.instant().toEpochMilli() * 1_000_000L)
                .executor(Runnable::run)
                .maximumWeight(maxFinished)
                .<String, Submission>weigher((key, submission) -> submission.finishedAt() == null ? 0 : 1)
                .expireAfter(new KeepFinished(clock, keepFinished))
                .build();
    }

    /** The submission to share for this key: the one remembered unless it may be retried, else {@code mine}. */
    Submission claim(Submission mine) {
        return byKey.asMap().compute(mine.key(), (key, earlier) -> earlier != null && !earlier.mayRetry() ? earlier
                : mine);
    }

    /** To call once {@code submission} finished: from now on it weighs, and expires. */
    void finished(Submission submission) {
        byKey.asMap().replace(submission.key(), submission, submission);
    }

    List<CompletableFuture<DealOutcome>> inFlight() {
        return byKey.asMap().values().stream().filter(Submission::inFlight).map(Submission::outcome).toList();
    }

    long size() {
        byKey.cleanUp();
        return byKey.estimatedSize();
    }

    /** In flight: never expires; finished: {@code keep} after it finished, however often it was looked at since. */
    private record KeepFinished(Clock clock, Duration keep) implements Expiry<String, Submission> {
        @Override
        public long expireAfterCreate(String key, Submission submission, long now) {
            Instant finished = submission.finishedAt();
            return finished == null ? Long.MAX_VALUE
                    : Math.max(0, Duration.between(clock.instant(), finished.plus(keep)).toNanos());
        }

        @Override
        public long expireAfterUpdate(String key, Submission submission, long now, long current) {
            return expireAfterCreate(key, submission, now);
        }

        @Override
        public long expireAfterRead(String key, Submission submission, long now, long current) {
            return current;
        }
    }
}
