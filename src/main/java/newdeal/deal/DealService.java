package newdeal.deal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newdeal.pipeliner.NewOpportunity;
import newdeal.pipeliner.Pipeliner;

/**
 * Validates drafts and creates each opportunity exactly once per submission key. The key's entry is claimed with one
 * atomic {@code compute}, so two submits at the same instant share one create; finished entries are forgotten
 * {@link #KEEP_FINISHED} after they finished so memory stays bounded.
 */
public final class DealService {
    static final Duration KEEP_FINISHED = Duration.ofMinutes(30);

    private final Pipeliner pipeliner;
    private final CatalogCache catalog;
    private final Clock clock;
    private final ExecutorService executor;
    private final Duration createDeadline;
    private final ConcurrentHashMap<String, Submission> submissions = new ConcurrentHashMap<>();

    public DealService(Pipeliner pipeliner, CatalogCache catalog, Clock clock, ExecutorService executor,
                       Duration createDeadline) {
        this.pipeliner = pipeliner;
        this.catalog = catalog;
        this.clock = clock;
        this.executor = executor;
        this.createDeadline = createDeadline;
    }

    /**
     * Empty when the draft may be sent; otherwise a message for the rep per field. Never calls Pipeliner. Rules: name
     * not blank (≤ 250 chars), value ≥ 0, a closing date, an account, an owner, a step that exists in the catalog, a
     * known currency when one is given.
     */
    public Map<DealField, String> validate(DealDraft draft) {
        return DraftRules.check(draft, catalog.current());
    }

    /**
     * Creates the opportunity in the background, exactly once per submissionKey: while one is in flight or after one
     * was Created (or failed so that it may exist), the same key gets the same outcome; after Rejected or Failed with
     * nothing created, a new submit with that key tries again. Never completes exceptionally. Each caller gets its own
     * dependent future, so a caller's timeout or cancel cannot disturb the shared create.
     */
    public CompletableFuture<DealOutcome> submit(String submissionKey, DealDraft draft) {
        Objects.requireNonNull(submissionKey, "submissionKey");
        forgetFinished();
        Submission mine = new Submission();
        Submission claimed = submissions.compute(submissionKey,
                (key, earlier) -> earlier != null && !earlier.mayRetry() ? earlier : mine);
        if (claimed == mine) {
            start(mine, draft);
        }
        return claimed.outcome().copy();
    }

    /** For graceful shutdown: waits up to {@code max} for creates in flight; true when none is left. */
    public boolean awaitInFlight(Duration max) {
        long until = System.nanoTime() + max.toNanos();
        while (true) {
            List<CompletableFuture<DealOutcome>> running = submissions.values().stream()
                    .map(Submission::outcome).filter(f -> !f.isDone()).toList();
            if (running.isEmpty()) {
                return true;
            }
            long left = until - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // Loop: the check at the top decides.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** How many submissions are remembered (in flight or finished less than KEEP_FINISHED ago). */
    int remembered() {
        return submissions.size();
    }

    private void start(Submission submission, DealDraft draft) {
        // The deadline runs from the submit, not from when a busy pool gets to it: the rep is waiting since then.
        Instant deadline = clock.instant().plus(createDeadline);
        try {
            executor.execute(() -> {
                DealOutcome result = null;
                try {
                    result = create(draft, deadline);
                } finally {
                    // Even an Error must not leave the rep waiting forever on a future nobody completes.
                    submission.finish(result != null ? result : FailedCreates.unknown(), clock.instant());
                }
            });
        } catch (RejectedExecutionException e) {
            submission.finish(new DealOutcome.Failed("The app is restarting, so the deal was not sent. "
                    + FailedCreates.NOTHING_CREATED + " Try again in a moment.", true), clock.instant());
        }
    }

    private DealOutcome create(DealDraft draft, Instant deadline) {
        boolean sent = false;
        try {
            Optional<Catalog> known = catalog.current();
            Map<DealField, String> errors = DraftRules.check(draft, known);
            if (!errors.isEmpty()) {
                return new DealOutcome.Rejected("Some fields need a change. " + FailedCreates.NOTHING_CREATED, errors);
            }
            NewOpportunity opportunity = OpportunityDraft.build(draft, known.orElseThrow());
            sent = true;
            return new DealOutcome.Created(
                    pipeliner.createOpportunity(opportunity, deadline));
        } catch (RuntimeException e) {
            return FailedCreates.outcomeOf(e, sent);
        }
    }

    private void forgetFinished() {
        Instant cutoff = clock.instant().minus(KEEP_FINISHED);
        submissions.forEach((key, submission) -> {
            if (submission.finishedBefore(cutoff)) {
                submissions.remove(key, submission);
            }
        });
    }
}
