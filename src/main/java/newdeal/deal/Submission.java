package newdeal.deal;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** One create under a submission key, shared by every submit of that key, and when it finished. */
final class Submission {
    private final CompletableFuture<DealOutcome> outcome = new CompletableFuture<>();
    private volatile Instant finishedAt;

    CompletableFuture<DealOutcome> outcome() {
        return outcome;
    }

    void finish(DealOutcome result, Instant at) {
        finishedAt = at;
        outcome.complete(result);
    }

    boolean finishedBefore(Instant cutoff) {
        Instant at = finishedAt;
        return at != null && at.isBefore(cutoff);
    }

    /** Only outcomes that certainly created nothing may be tried again under the same key. */
    boolean mayRetry() {
        DealOutcome result = outcome.getNow(null);
        return result instanceof DealOutcome.Rejected
                || result instanceof DealOutcome.Failed failed && failed.nothingCreated();
    }
}
