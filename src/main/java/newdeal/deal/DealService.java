package newdeal.deal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newdeal.pipeliner.NewOpportunity;
import newdeal.pipeliner.Opportunity;
import newdeal.pipeliner.Pipeliner;

/**
 * Validates drafts and creates each opportunity exactly once per submission key. The key's entry is claimed with one
 * atomic {@code compute}, so two submits at the same instant share one create. Memory stays bounded: finished
 * submissions are forgotten {@link #KEEP_FINISHED} after they finished and at most {@link #MAX_FINISHED} are kept;
 * a create in flight is never forgotten. Each created opportunity is kept with its submission's key, so that no
 * other submission's create can take it for its own after an ambiguous failure.
 */
public final class DealService {
    static final Duration KEEP_FINISHED = Duration.ofMinutes(30);
    static final int MAX_FINISHED = 10_000;
    /** Longer than a create's look-up looks back: the client's clock-skew margin (1 min) plus a create's deadline. */
    static final Duration KEEP_ATTRIBUTED = Duration.ofMinutes(10);
    static final int MAX_ATTRIBUTED = 10_000;

    private final Pipeliner pipeliner;
    private final CatalogCache catalog;
    private final Clock clock;
    private final ExecutorService executor;
    private final Duration createDeadline;
    private final Submissions submissions;
    private final Attributions attributions;

    public DealService(Pipeliner pipeliner, CatalogCache catalog, Clock clock, ExecutorService executor,
                       Duration createDeadline) {
        this(pipeliner, catalog, clock, executor, createDeadline, MAX_FINISHED, MAX_ATTRIBUTED);
    }

    DealService(Pipeliner pipeliner, CatalogCache catalog, Clock clock, ExecutorService executor,
                Duration createDeadline, int maxFinished, int maxAttributed) {
        this.pipeliner = pipeliner;
        this.catalog = catalog;
        this.clock = clock;
        this.executor = executor;
        this.createDeadline = createDeadline;
        this.submissions = new Submissions(clock, maxFinished, KEEP_FINISHED);
        this.attributions = new Attributions(clock, maxAttributed, KEEP_ATTRIBUTED);
    }

    /**
     * Empty when the draft may be sent; otherwise a message for the rep per field. Never calls Pipeliner. Rules: name
     * not blank (≤ 250 chars), a value of 0 or more below 10^15 with at most the currency's decimals, a closing
     * date, an account, an owner, a step that exists in the catalog, a known currency when one is given.
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
        Submission mine = new Submission(submissionKey);
        Submission claimed = submissions.claim(mine);
        if (claimed == mine) {
            start(mine, draft);
        }
        return claimed.outcome().copy();
    }

    /** For graceful shutdown: waits up to {@code max} for creates in flight; true when none is left. */
    public boolean awaitInFlight(Duration max) {
        long until = System.nanoTime() + max.toNanos();
        while (true) {
            List<CompletableFuture<DealOutcome>> running = submissions.inFlight();
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

    /** How many submissions are remembered (in flight, or finished less than KEEP_FINISHED ago, up to the cap). */
    long remembered() {
        return submissions.size();
    }

    /** How many created opportunities are remembered with their submission. */
    long attributed() {
        return attributions.size();
    }

    private void start(Submission submission, DealDraft draft) {
        // The deadline runs from the submit, not from when a busy pool gets to it: the rep is waiting since then.
        Instant deadline = clock.instant().plus(createDeadline);
        try {
            executor.execute(() -> {
                DealOutcome result = null;
                try {
                    result = create(submission.key(), draft, deadline);
                } finally {
                    // Even an Error must not leave the rep waiting forever on a future nobody completes.
                    finish(submission, result != null ? result : FailedCreates.unknown());
                }
            });
        } catch (RejectedExecutionException e) {
            finish(submission, new DealOutcome.Failed("The app is restarting, so the deal was not sent. "
                    + FailedCreates.NOTHING_CREATED + " Try again in a moment.", true));
        }
    }

    private void finish(Submission submission, DealOutcome result) {
        submission.finish(result, clock.instant(), submissions::finished);
    }

    private DealOutcome create(String key, DealDraft draft, Instant deadline) {
        boolean handedToClient = false;
        try {
            Optional<Catalog> known = catalog.current();
            Map<DealField, String> errors = DraftRules.check(draft, known);
            if (!errors.isEmpty()) {
                return new DealOutcome.Rejected("Some fields need a change. " + FailedCreates.NOTHING_CREATED, errors);
            }
            NewOpportunity opportunity = OpportunityDraft.build(draft, known.orElseThrow());
            // From here only the client knows whether a request went out: it throws IllegalArgumentException when
            // none did, and says in its PipelinerExceptions whether one may have reached Pipeliner.
            handedToClient = true;
            Opportunity created = pipeliner.createOpportunity(opportunity, deadline, attributions.takenFrom(key));
            if (created.id() != null && !attributions.attribute(created.id(), key)) {
                return FailedCreates.takenMeanwhile(created.id());
            }
            return new DealOutcome.Created(created);
        } catch (RuntimeException e) {
            return FailedCreates.outcomeOf(e, handedToClient);
        }
    }
}
