package newdeal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import newdeal.deal.CatalogStatus;
import newdeal.deal.IndexStatus;

/**
 * {@code GET /healthz}: 200 whenever the app can take Slack's requests, also while Pipeliner is down (the app still
 * answers reps and explains the outage: status "degraded"); 503 before it has finished starting and, in Socket Mode,
 * while the websocket to Slack is down (Slack's requests cannot reach the app then). The body holds what an admin
 * needs to tell the cases apart, and never a secret.
 */
public final class HealthHandler implements Handler {
    static final String STARTING = "starting";
    static final String DISCONNECTED = "disconnected";

    private final HealthFacts facts;
    private final HealthState state;
    private final Supplier<CatalogStatus> catalog;
    private final Supplier<IndexStatus> accountIndex;
    private final Clock clock;
    private final ObjectMapper mapper;

    public HealthHandler(HealthFacts facts, HealthState state, Supplier<CatalogStatus> catalog,
                         Supplier<IndexStatus> accountIndex, Clock clock, ObjectMapper mapper) {
        this.facts = facts;
        this.state = state;
        this.catalog = catalog;
        this.accountIndex = accountIndex;
        this.clock = clock;
        this.mapper = mapper;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Body body = body();
        boolean serving = !STARTING.equals(body.status()) && !DISCONNECTED.equals(body.status());
        ctx.status(serving ? 200 : 503)
                .header("Cache-Control", "no-store")
                .contentType("application/json")
                .result(mapper.writeValueAsString(body));
    }

    Body body() {
        CatalogStatus status = catalog.get();
        Boolean reachable = status.lastError().isPresent() ? Boolean.FALSE
                : status.loadedAt().isPresent() ? Boolean.TRUE : null;
        Long age = status.loadedAt().map(at -> Duration.between(at, clock.instant()).toSeconds()).orElse(null);
        PipelinerHealth pipeliner = new PipelinerHealth(facts.pipeliner(), reachable, status.lastError().orElse(null),
                status.lastErrorAt().map(Instant::toString).orElse(null), age, index(accountIndex.get()));
        Boolean authOk = state.slackAuthOk().orElse(null);
        boolean socket = HealthFacts.SOCKET.equals(facts.mode());
        Boolean connected = socket ? state.slackConnected().orElse(Boolean.FALSE) : null;
        String overall = !state.isStarted() || socket && state.slackConnected().isEmpty() ? STARTING
                : Boolean.FALSE.equals(connected) ? DISCONNECTED
                : Boolean.FALSE.equals(reachable) || Boolean.FALSE.equals(authOk) ? "degraded" : "ok";
        return new Body(overall, facts.version(), facts.mode(), new SlackHealth(authOk, connected), pipeliner);
    }

    /** Index problems leave the status alone: searches then go to Pipeliner, as they did without an index. */
    private IndexHealth index(IndexStatus index) {
        return new IndexHealth(index.state(), index.accounts(),
                index.freshAt().map(at -> Duration.between(at, clock.instant()).toSeconds()).orElse(null),
                index.lastRefresh().orElse(null), index.lastRefreshAt().map(Instant::toString).orElse(null));
    }

    /** The JSON body; null means not known yet. */
    record Body(String status, String version, String mode, SlackHealth slack, PipelinerHealth pipeliner) {}

    /** {@code connected}: Socket Mode only, whether the websocket to Slack is open. */
    record SlackHealth(@JsonProperty("auth_test_ok") Boolean authTestOk,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean connected) {}

    record PipelinerHealth(String target, Boolean reachable,
                           @JsonProperty("last_error") String lastError,
                           @JsonProperty("last_error_at") String lastErrorAt,
                           @JsonProperty("cache_age_seconds") Long cacheAgeSeconds,
                           @JsonProperty("account_index") IndexHealth accountIndex) {}

    /** {@code age_seconds}: since the held accounts last matched Pipeliner (the last good load or refresh). */
    record IndexHealth(String state, int accounts, @JsonProperty("age_seconds") Long ageSeconds,
                       @JsonProperty("last_refresh") String lastRefresh,
                       @JsonProperty("last_refresh_at") String lastRefreshAt) {}
}
