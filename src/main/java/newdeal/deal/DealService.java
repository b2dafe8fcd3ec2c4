package newdeal.deal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import newdeal.pipeliner.Pipeliner;

/** Validates drafts and creates each opportunity exactly once per submission key. */
public final class DealService {

    public DealService(Pipeliner pipeliner, CatalogCache catalog, Clock clock, ExecutorService executor,
                       Duration createDeadline) {
    }

    /** Empty when the draft may be sent; otherwise a message for the rep per field. Never calls Pipeliner. */
    public Map<DealField, String> validate(DealDraft draft) {
        return Map.of();
    }

    /** Creates the opportunity in the background, exactly once per submissionKey. Never completes exceptionally. */
    public CompletableFuture<DealOutcome> submit(String submissionKey, DealDraft draft) {
        return CompletableFuture.completedFuture(new DealOutcome.Failed("Not available yet.", true));
    }

    /** For graceful shutdown: waits up to max for creates in flight; true when none is left. */
    public boolean awaitInFlight(Duration max) {
        return true;
    }
}
