package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import newdeal.deal.CatalogCache;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The views new-deal holds open, against the fake Slack (which refuses a stale hash as Slack does). */
class LiveViewsTest {
    private final FakeSlackApi slack = FakeSlackApi.start();
    private final ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
    private final MetadataCodec codec = new MetadataCodec(Samples.JSON);
    private final Screens screens = new Screens(new FormView(codec), codec, new CatalogCache(
            new ListedPipeliner(Samples.catalog(Samples.EUR), List.of()), Clock.systemUTC(), unused,
            Duration.ofMinutes(10), Duration.ofSeconds(1)));
    private final SlackWeb web = web(slack);
    private final LiveViews live = new LiveViews(web, screens);
    private final FormModel form = new FormModel(Samples.catalog(Samples.EUR), Samples.fresh("Deal"),
            OwnerHint.lookingUp(), Samples.metadata(), List.of());

    @AfterEach
    void stop() {
        slack.close();
        unused.shutdownNow();
    }

    @Test
    void records_slacks_replacement_at_once_and_keeps_it_over_an_update_still_in_flight() throws Exception {
        SlackWeb.OpenedView view = open();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<String>> ownerUpdate = CompletableFuture.supplyAsync(() -> live.showForm(
                view.id(), null, shown -> {
                    inside.countDown();
                    await(release);
                    return shown.map(m -> m.withNotices(List.of("owner found")));
                }));
        assertThat(inside.await(2, TimeUnit.SECONDS)).isTrue();

        // A submission answer runs inside Slack's 3 s: it must not wait for the update holding the view.
        CompletableFuture.runAsync(() -> live.replacedBySlack(view.id(), null)).get(500, TimeUnit.MILLISECONDS);
        release.countDown();
        assertThat(ownerUpdate.get(2, TimeUnit.SECONDS)).isPresent();

        AtomicReference<Optional<FormModel>> seen = new AtomicReference<>();
        live.showForm(view.id(), null, shown -> {
            seen.set(shown);
            return Optional.empty();
        });
        assertThat(seen.get()).as("the view shows Slack's replacement, not the form").isEmpty();
    }

    @Test
    void shows_a_submissions_result_without_a_hash_so_a_stale_one_cannot_keep_creating_up() {
        SlackWeb.OpenedView view = open();
        slack.applySubmissionAnswer(view.id(), "{\"response_action\":\"update\",\"view\":{\"type\":\"modal\"}}");

        Optional<String> shown = live.showFinal(view.id(), screens.failed(Samples.metadata(), "Nothing was created."));

        assertThat(shown).isPresent();
        RecordedCall update = slack.calls("views.update").get(0);
        assertThat(update.param("hash")).isNull();
        assertThat(slack.view(view.id()).orElseThrow().toString()).contains("Nothing was created.");
    }

    private SlackWeb.OpenedView open() {
        SlackWeb.OpenedView view = web.open("trigger-1", screens.form(form)).view().orElseThrow();
        live.opened(view.id(), view.hash(), form);
        return view;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SlackWeb web(FakeSlackApi slack) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        Slack client = Slack.getInstance(config);
        return new SlackWeb(client, "xoxb-live-views-test");
    }
}
