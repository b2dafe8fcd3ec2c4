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
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.slack.modal.Choice;
import newdeal.slack.modal.FormView;
import newdeal.slack.modal.MetadataCodec;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.OwnerHint;
import newdeal.slack.modal.Samples;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The views new-deal holds open, against the fake Slack (which refuses a stale hash as Slack does). */
class LiveViewsTest {
    private static final Catalog CATALOG = Samples.catalog(Samples.EUR);
    private final FakeSlackApi slack = FakeSlackApi.start();
    private final ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
    private final MetadataCodec codec = new MetadataCodec(Samples.JSON);
    private final Screens screens = new Screens(new FormView(codec), codec, new CatalogCache(
            new ListedPipeliner(CATALOG, List.of()), Clock.systemUTC(), unused,
            Duration.ofMinutes(10), Duration.ofSeconds(1)));
    private final SlackWeb web = web(slack);
    private final MemoryModalStore store = new MemoryModalStore();
    private final LiveViews live = new LiveViews(web, screens, store);

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
                view.id(), null, CATALOG, shown -> {
                    inside.countDown();
                    await(release);
                    return shown.flatMap(s -> s.ownerFound(Optional.of("user-anna"), OwnerHint.found()));
                }));
        assertThat(inside.await(2, TimeUnit.SECONDS)).isTrue();

        // A submission answer runs inside Slack's 3 s: it must not wait for the update holding the view.
        CompletableFuture.runAsync(() -> live.replacedBySlack(view.id(), Samples.state().showingStatus()))
                .get(500, TimeUnit.MILLISECONDS);
        release.countDown();
        assertThat(ownerUpdate.get(2, TimeUnit.SECONDS)).isPresent();

        AtomicReference<Optional<ModalState>> seen = new AtomicReference<>();
        live.showForm(view.id(), null, CATALOG, shown -> {
            seen.set(shown);
            return Optional.empty();
        });
        assertThat(seen.get()).as("the view shows Slack's replacement, not the form").isEmpty();
        assertThat(live.find(view.id()).orElseThrow().hash()).as("the stale hash was not stored").isNull();
    }

    @Test
    void starts_each_update_from_the_last_one_so_two_never_undo_each_other() {
        SlackWeb.OpenedView view = open();
        Choice globex = new Choice("acc-1", "Globex");

        live.showForm(view.id(), view.hash(), CATALOG, shown -> shown.map(s -> s.accountChosen(globex, s.values())));
        live.showForm(view.id(), view.hash(), CATALOG,
                shown -> shown.flatMap(s -> s.ownerFound(Optional.of("user-anna"), OwnerHint.found())));

        ModalState last = live.find(view.id()).orElseThrow();
        assertThat(last.account()).isEqualTo(globex);
        assertThat(last.values().ownerId()).isEqualTo("user-anna");
        assertThat(slack.calls("views.update")).as("the owner's update keeps the account").hasSize(2)
                .allSatisfy(c -> assertThat(c.param("view")).contains("acc-1"));
        assertThat(slack.view(view.id()).orElseThrow().path("hash").asText()).isEqualTo(last.hash());
    }

    @Test
    void leaves_the_view_alone_when_the_change_keeps_it_and_notes_a_pick_without_an_update() {
        SlackWeb.OpenedView view = open();

        live.remember(view.id(), s -> s.ownerPicked("user-tom"));
        live.showForm(view.id(), view.hash(), CATALOG,
                shown -> shown.flatMap(s -> s.ownerFound(Optional.of("user-anna"), OwnerHint.found())));

        assertThat(slack.calls("views.update")).isEmpty();
        assertThat(live.find(view.id()).orElseThrow().values().ownerId()).isEqualTo("user-tom");
    }

    @Test
    void shows_a_submissions_result_without_a_hash_so_a_stale_one_cannot_keep_creating_up() {
        SlackWeb.OpenedView view = open();
        slack.applySubmissionAnswer(view.id(), "{\"response_action\":\"update\",\"view\":{\"type\":\"modal\"}}");
        ModalState failed = Samples.state().failed(List.of("Nothing was created."));

        Optional<String> shown = live.showFinal(view.id(), failed, screens.failed(failed, "Nothing was created."));

        assertThat(shown).isPresent();
        RecordedCall update = slack.calls("views.update").get(0);
        assertThat(update.param("hash")).isNull();
        assertThat(slack.view(view.id()).orElseThrow().toString()).contains("Nothing was created.");
        assertThat(live.find(view.id())).contains(failed.withHash(shown.get()));
    }

    private SlackWeb.OpenedView open() {
        ModalState state = Samples.state();
        SlackWeb.OpenedView view = web.open("trigger-1", screens.form(CATALOG, state)).view().orElseThrow();
        live.opened(view.id(), view.hash(), state);
        return view;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static SlackWeb web(FakeSlackApi slack) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        Slack client = Slack.getInstance(config);
        return new SlackWeb(client, "xoxb-live-views-test");
    }
}
