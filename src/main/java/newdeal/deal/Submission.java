package newdeal.deal;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** One create under a submission key, shared by every submit of that key, and when it finished. */
final class Submission {
    private final String key;
    private final CompletableFuture<DealOutcome> outcome = new CompletableFuture<>();
    private volatile Instant finishedAt;

    Submission(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    CompletableFuture<DealOutcome> outcome() {
        return outcome;
    }

    /**
     * Records when it finished, lets {@code beforeAnyoneSees} act on the finished submission (the store weighs it
     * anew), and only then gives every waiting submit the result.
     */
    void finish(DealOutcome result, Instant at, Consumer<Submission> beforeAnyoneSees) {
        finishedAt = at;
        try {
            beforeAnyoneSees.accept(this);
        } finally {
            outcome.complete(result);
        }
    }

    /** Null while the create is in flight. */
    Instant finishedAt() {
        return finishedAt;
    }

    boolean inFlight() {
        return !outcome.isDone();
    }

    /** Only outcomes that certainly created nothing may be tried again under the same key. */
    boolean mayRetry() {
        DealOutcome result = outcome.getNow(null);
        return result instanceof DealOutcome.Rejected
                || result instanceof DealOutcome.Failed failed && failed.nothingCreated();
    }
}
