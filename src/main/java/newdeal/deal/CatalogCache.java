package newdeal.deal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import newdeal.pipeliner.Pipeliner;

/** Loads the Catalog at start and refreshes it in the background, serving the last good one meanwhile. */
public final class CatalogCache {
    private final CompletableFuture<Catalog> ready = new CompletableFuture<>();

    public CatalogCache(Pipeliner pipeliner, Clock clock, ScheduledExecutorService scheduler, Duration refreshEvery,
                        Duration loadDeadline) {
    }

    /** First load now (in the background), then every refreshEvery. */
    public void start() {
    }

    /** Never blocks, never calls Pipeliner. */
    public Optional<Catalog> current() {
        return Optional.empty();
    }

    /** Completes with the first good catalog; a failed first load completes it exceptionally. */
    public CompletableFuture<Catalog> ready() {
        return ready;
    }

    public CatalogStatus status() {
        return new CatalogStatus(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
