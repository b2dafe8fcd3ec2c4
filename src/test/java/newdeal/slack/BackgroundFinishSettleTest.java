package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.deal.DealDraft;
import newdeal.deal.DealOutcome;
import newdeal.pipeliner.Opportunity;
import newdeal.slack.modal.FormView;
import newdeal.slack.modal.MetadataCodec;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.ParsedForm;
import newdeal.slack.modal.Samples;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slack applies a submission's "Creating…" answer after it left us: a result must not come before it settled. */
class BackgroundFinishSettleTest {
    private static final Catalog CATALOG = Samples.catalog(Samples.EUR);
    private static final Duration SETTLE = Duration.ofMillis(300);
    private final FakeSlackApi slack = FakeSlackApi.start();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        slack.close();
        scheduler.shutdownNow();
        pool.shutdownNow();
    }

    @Test
    void shows_a_result_that_came_at_once_no_sooner_than_the_settle_after_the_submission() {
        MetadataCodec codec = new MetadataCodec(Samples.JSON);
        CatalogCache catalogs = new CatalogCache(new ListedPipeliner(CATALOG, List.of()), Clock.systemUTC(),
                scheduler, Duration.ofHours(1), Duration.ofSeconds(2));
        catalogs.start();
        catalogs.ready().join();
        SlackWeb web = LiveViewsTest.web(slack);
        Screens screens = new Screens(new FormView(codec), codec, catalogs);
        LiveViews live = new LiveViews(web, screens, new MemoryModalStore());
        BackgroundFinish finish = new BackgroundFinish(live, screens,
                new DealReplies(web, catalogs, id -> "https://crm.example.test/" + id, pool), pool, SETTLE);
        ModalState submitted = Samples.state().showingStatus();
        String viewId = web.open("trigger-1", screens.creating(submitted, "Deal")).view().orElseThrow().id();
        DealOutcome created = new DealOutcome.Created(new Opportunity("opp-1", "Deal", "user-anna", "s-prop",
                LocalDate.of(2030, 2, 1), BigDecimal.TEN, null, null, OffsetDateTime.now()));
        ParsedForm form = new ParsedForm(submitted.values(), new DealDraft("Deal", null, List.of(), "s-prop",
                BigDecimal.TEN, null, LocalDate.of(2030, 2, 1), "user-anna", null), Map.of());

        Instant answered = Instant.now();
        finish.whenDone(viewId, CompletableFuture.completedFuture(created), form, submitted, "U1");

        RecordedCall result = slack.awaitUpdates(viewId, 1, Duration.ofSeconds(3)).get(0);
        assertThat(result.param("view")).contains("https://crm.example.test/opp-1");
        assertThat(Duration.between(answered, result.at())).isGreaterThanOrEqualTo(SETTLE);
    }
}
