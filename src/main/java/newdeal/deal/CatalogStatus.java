package newdeal.deal;

import java.time.Instant;
import java.util.Optional;

/**
 * The catalog's health for {@code /healthz}: when the catalog being served was loaded, and the last refresh error
 * (a short reason such as Pipeliner's error code, never a secret) with its time. The error is cleared by a good load.
 */
public record CatalogStatus(Optional<Instant> loadedAt, Optional<String> lastError, Optional<Instant> lastErrorAt) {
}
