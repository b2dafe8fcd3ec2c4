package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newdeal.pipeliner.Pipeline;
import newdeal.pipeliner.PipelinerException;
import newdeal.pipeliner.Step;
import newdeal.sandbox.Fault;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import newdeal.testing.SandboxApi;

class CatalogCacheTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final SandboxApi sandbox = SandboxApi.start();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
    private final Clock clock = Clock.systemUTC();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        sandbox.close();
    }

    @Test
    void loads_pipelines_currencies_users_and_types_in_the_background_at_start() throws Exception {
        CatalogCache cache = cache(Duration.ofMinutes(5), Duration.ofSeconds(2));
        cache.start();

        Catalog catalog = cache.ready().get(5, TimeUnit.SECONDS);

        assertThat(catalog.pipelines()).extracting(Pipeline::name)
                .containsExactly("New Business", "Partner Deals", "Renewals");
        assertThat(catalog.firstStep()).map(Step::name).contains("Qualification");
        assertThat(catalog.stepCount()).isEqualTo(15);
        assertThat(catalog.baseCurrency()).map(c -> c.code()).contains("EUR");
        assertThat(catalog.currencies()).hasSize(3);
        assertThat(catalog.user(DealRig.ANNA)).isPresent();
        assertThat(catalog.typeFor(catalog.pipelineOf(DealRig.QUOTE_SENT).orElseThrow().id()))
                .map(t -> t.id()).contains(DealRig.RENEWAL_TYPE);
        assertThat(cache.current()).contains(catalog);
        assertThat(cache.status().loadedAt()).contains(catalog.loadedAt());
        assertThat(cache.status().lastError()).isEmpty();
    }

    @Test
    void answers_current_at_once_and_empty_while_the_first_load_is_slow() {
        sandbox.faults().add(Fault.on("GET", "/entities/Pipelines").withLatency(Duration.ofMillis(500)));
        CatalogCache cache = cache(Duration.ofMinutes(5), Duration.ofSeconds(2));

        long started = System.nanoTime();
        cache.start();
        boolean empty = cache.current().isEmpty();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(empty).isTrue();
        assertThat(tookMillis).isLessThan(400);
        assertThat(cache.ready()).isNotDone();
        assertThat(cache.status().loadedAt()).isEmpty();
        Waiting.until("the slow first load finished", WAIT, () -> cache.current().isPresent());
    }

    @Test
    void keeps_serving_the_last_good_catalog_when_a_refresh_fails_and_says_why() throws Exception {
        CatalogCache cache = cache(Duration.ofMillis(100), Duration.ofSeconds(2));
        cache.start();
        Catalog good = cache.ready().get(5, TimeUnit.SECONDS);

        sandbox.faults().add(Fault.on("GET", "/entities/Currencies").withStatus(503));
        Waiting.until("a failed refresh is reported", WAIT, () -> cache.status().lastError().isPresent());

        assertThat(cache.current()).contains(good);
        assertThat(cache.status().loadedAt()).contains(good.loadedAt());
        assertThat(cache.status().lastError().orElseThrow()).contains("503").doesNotContain("sandbox-api-password");
        assertThat(cache.status().lastErrorAt()).isPresent();
    }

    @Test
    void keeps_serving_the_last_good_catalog_when_pipeliner_is_slower_than_the_load_deadline() throws Exception {
        CatalogCache cache = cache(Duration.ofMillis(100), Duration.ofMillis(250));
        cache.start();
        Catalog good = cache.ready().get(5, TimeUnit.SECONDS);

        sandbox.faults().add(Fault.on("GET", "/entities/Clients").withLatency(Duration.ofMillis(800)));
        Waiting.until("a timed-out refresh is reported", WAIT, () -> cache.status().lastError().isPresent());

        assertThat(cache.current()).contains(good);
        assertThat(cache.status().lastError().orElseThrow()).as("the users' load ran out of time")
                .contains("GET /entities/Clients").contains("within the deadline");
    }

    @Test
    void refreshes_in_the_background_and_clears_the_error_once_pipeliner_recovers() throws Exception {
        CatalogCache cache = cache(Duration.ofMillis(100), Duration.ofSeconds(2));
        cache.start();
        Instant first = cache.ready().get(5, TimeUnit.SECONDS).loadedAt();
        var outage = sandbox.faults().add(Fault.on("GET", "/entities/Pipelines").withStatus(500));
        Waiting.until("the outage is reported", WAIT, () -> cache.status().lastError().isPresent());

        outage.remove();

        Waiting.until("a later catalog is served", WAIT,
                () -> cache.current().orElseThrow().loadedAt().isAfter(first)
                        && cache.status().lastError().isEmpty());
    }

    @Test
    void fails_ready_when_the_first_load_fails_then_loads_on_a_later_attempt() throws Exception {
        var outage = sandbox.faults().add(Fault.on("GET", "/entities/OpportunityTypes").withStatus(503));
        CatalogCache cache = cache(Duration.ofMillis(150), Duration.ofSeconds(2));
        cache.start();

        assertThatThrownBy(() -> cache.ready().get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(PipelinerException.class);
        assertThat(cache.current()).isEmpty();
        assertThat(cache.status().lastError()).isPresent();

        outage.remove();
        Waiting.until("a later attempt loads the catalog", WAIT, () -> cache.current().isPresent());
        assertThat(cache.ready().get(1, TimeUnit.SECONDS)).isEqualTo(cache.current().orElseThrow());
    }

    private CatalogCache cache(Duration refreshEvery, Duration loadDeadline) {
        return new CatalogCache(DealRig.client(sandbox, clock), clock, scheduler, refreshEvery, loadDeadline);
    }
}
