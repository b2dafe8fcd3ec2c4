package newdeal.deal;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import newdeal.pipeliner.Pipeliner;
import newdeal.pipeliner.PipelinerException;
import newdeal.pipeliner.PipelinerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the Catalog at start and refreshes it in the background, serving the last good one meanwhile. The four lists
 * load as separate tasks on the scheduler (in parallel when it has threads to spare) under one deadline. While no
 * catalog was ever loaded, a failed load is retried sooner than the regular refresh, since the modal needs one.
 */
public final class CatalogCache {
    private static final Logger log = LoggerFactory.getLogger(CatalogCache.class);
    private static final Duration COLD_RETRY = Duration.ofSeconds(10);
    // The client enforces the deadline itself; this guard only covers a call that ignores it.
    private static final Duration GUARD_GRACE = Duration.ofMillis(500);

    private final Pipeliner pipeliner;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Duration refreshEvery;
    private final Duration loadDeadline;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<Catalog> current = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Catalog>> ready = new AtomicReference<>(new CompletableFuture<>());
    private volatile LoadFailure lastFailure;

    public CatalogCache(Pipeliner pipeliner, Clock clock, ScheduledExecutorService scheduler, Duration refreshEvery,
                        Duration loadDeadline) {
        this.pipeliner = pipeliner;
        this.clock = clock;
        this.scheduler = scheduler;
        this.refreshEvery = refreshEvery;
        this.loadDeadline = loadDeadline;
    }

    /** First load now (in the background), then every refreshEvery. Calling it again does nothing. */
    public void start() {
        if (started.compareAndSet(false, true)) {
            schedule(this::load, Duration.ZERO);
        }
    }

    /** The last good catalog. Never blocks, never calls Pipeliner. */
    public Optional<Catalog> current() {
        return Optional.ofNullable(current.get());
    }

    /**
     * Completes with the first good catalog. A failed first load completes it exceptionally with the
     * PipelinerException; once the next attempt starts, callers get a future for that attempt.
     */
    public CompletableFuture<Catalog> ready() {
        return ready.get();
    }

    public CatalogStatus status() {
        LoadFailure failure = lastFailure;
        return new CatalogStatus(current().map(Catalog::loadedAt),
                Optional.ofNullable(failure).map(LoadFailure::reason),
                Optional.ofNullable(failure).map(LoadFailure::at));
    }

    private void load() {
        if (current.get() == null) {
            ready.updateAndGet(f -> f.isCompletedExceptionally() ? new CompletableFuture<>() : f);
        }
        Instant deadline = clock.instant().plus(loadDeadline);
        try {
            var pipelines = async(() -> pipeliner.listPipelines(deadline));
            var currencies = async(() -> pipeliner.listCurrencies(deadline));
            var users = async(() -> pipeliner.listUsers(deadline));
            var types = async(() -> pipeliner.listOpportunityTypes(deadline));
            CompletableFuture.allOf(pipelines, currencies, users, types)
                    .thenApply(v -> new Catalog(pipelines.join(), currencies.join(), users.join(), types.join(),
                            clock.instant()))
                    .orTimeout(loadDeadline.plus(GUARD_GRACE).toNanos(), NANOSECONDS)
                    .whenComplete(this::finished);
        } catch (RejectedExecutionException e) {
            log.debug("Catalog load skipped: the scheduler is shut down");
        }
    }

    private void finished(Catalog catalog, Throwable failure) {
        if (failure == null) {
            succeeded(catalog);
        } else if (FailureText.unwrap(failure) instanceof TimeoutException) {
            failed(new PipelinerUnavailableException("the catalog did not load within " + loadDeadline, null, false));
        } else {
            failed(FailureText.unwrap(failure));
        }
        boolean cold = current.get() == null;
        schedule(this::load, cold && COLD_RETRY.compareTo(refreshEvery) < 0 ? COLD_RETRY : refreshEvery);
    }

    private void succeeded(Catalog catalog) {
        boolean first = current.getAndSet(catalog) == null;
        lastFailure = null;
        if (!ready.get().complete(catalog)) {
            ready.set(CompletableFuture.completedFuture(catalog));
        }
        String what = first ? "loaded" : "refreshed";
        log.info("Pipeliner catalog {}: {} pipelines, {} steps, {} currencies, {} users, {} opportunity types", what,
                catalog.pipelines().size(), catalog.stepCount(), catalog.currencies().size(), catalog.users().size(),
                catalog.types().size());
    }

    private void failed(Throwable failure) {
        String reason = FailureText.describe(failure);
        lastFailure = new LoadFailure(reason, clock.instant());
        if (current.get() == null) {
            log.warn("Pipeliner catalog could not be loaded: {}", reason);
            ready.get().completeExceptionally(failure instanceof PipelinerException
                    ? failure : new PipelinerException("catalog load failed: " + reason, failure));
        } else {
            log.warn("Pipeliner catalog refresh failed, still serving the one from {}: {}",
                    current.get().loadedAt(), reason);
        }
    }

    private <T> CompletableFuture<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, scheduler);
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            scheduler.schedule(task, delay.toNanos(), NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Catalog refresh stopped: the scheduler is shut down");
        }
    }

    private record LoadFailure(String reason, Instant at) {
    }
}
