package newdeal.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import newdeal.deal.CatalogStatus;

/**
 * {@code GET /healthz}: 200 as soon as the app takes Slack's requests, also while Pipeliner is down (the app still
 * answers reps and explains the outage: status "degraded"); 503 only before it has finished starting. The body holds
 * what an admin needs to tell the cases apart, and never a secret.
 */
public final class HealthHandler implements Handler {
    private final HealthFacts facts;
    private final HealthState state;
    private final Supplier<CatalogStatus> catalog;
    private final Clock clock;
    private final ObjectMapper mapper;

    public HealthHandler(HealthFacts facts, HealthState state, Supplier<CatalogStatus> catalog, Clock clock,
                         ObjectMapper mapper) {
        this.facts = facts;
        this.state = state;
        this.catalog = catalog;
        this.clock = clock;
        this.mapper = mapper;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Body body = body();
        ctx.status("starting".equals(body.status()) ? 503 : 200)
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
                status.lastErrorAt().map(Instant::toString).orElse(null), age);
        Boolean authOk = state.slackAuthOk().orElse(null);
        String overall = !state.isStarted() ? "starting"
                : Boolean.FALSE.equals(reachable) || Boolean.FALSE.equals(authOk) ? "degraded" : "ok";
        return new Body(overall, facts.version(), facts.mode(), new SlackHealth(authOk), pipeliner);
    }

    /** The JSON body; null means not known yet. */
    record Body(String status, String version, String mode, SlackHealth slack, PipelinerHealth pipeliner) {}

    record SlackHealth(@JsonProperty("auth_test_ok") Boolean authTestOk) {}

    record PipelinerHealth(String target, Boolean reachable,
                           @JsonProperty("last_error") String lastError,
                           @JsonProperty("last_error_at") String lastErrorAt,
                           @JsonProperty("cache_age_seconds") Long cacheAgeSeconds) {}
}
