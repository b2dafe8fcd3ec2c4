package newdeal.deal;

import java.time.Instant;
import java.util.Optional;

/**
 * The account index's health for {@code /healthz}: its state ({@code loading} until the first load completes,
 * {@code ready}, or {@code over_limit} when the space holds more accounts than it keeps), how many accounts it holds,
 * when its data last matched Pipeliner, and how the last refresh (or load) ended: {@code ok} or a short reason.
 */
public record IndexStatus(String state, int accounts, Optional<Instant> freshAt, Optional<String> lastRefresh,
                          Optional<Instant> lastRefreshAt) {
    public static final String LOADING = "loading";
    public static final String READY = "ready";
    public static final String OVER_LIMIT = "over_limit";
    public static final String OK = "ok";
}
