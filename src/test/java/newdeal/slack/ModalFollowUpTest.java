package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.deal.Directory;
import newdeal.slack.modal.FormView;
import newdeal.slack.modal.MetadataCodec;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.Samples;
import newdeal.testing.FakeSlackApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The owner lookup after views.open, with its steps run one by one in the order the test chooses: no race, so what
 * did not happen is known not to happen.
 */
class ModalFollowUpTest {
    private static final Catalog CATALOG = Samples.catalog(Samples.EUR);
    private final FakeSlackApi slack = FakeSlackApi.start().user("U1", Samples.ANNA.email());
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Steps steps = new Steps();
    private final MetadataCodec codec = new MetadataCodec(Samples.JSON);
    private final MemoryModalStore store = new MemoryModalStore();
    private final SlackWeb web = LiveViewsTest.web(slack);
    private Screens screens;
    private LiveViews live;
    private ModalFollowUp followUp;

    @BeforeEach
    void wire() {
        ListedPipeliner pipeliner = new ListedPipeliner(CATALOG, List.of());
        CatalogCache catalogs = new CatalogCache(pipeliner, Clock.systemUTC(), scheduler, Duration.ofHours(1),
                Duration.ofSeconds(2));
        catalogs.start();
        catalogs.ready().join();
        screens = new Screens(new FormView(codec), codec, catalogs);
        live = new LiveViews(web, screens, store);
        OwnerLookup owners = new OwnerLookup(web, catalogs,
                new Directory(pipeliner, Clock.systemUTC(), Duration.ofSeconds(1)), Clock.systemUTC());
        followUp = new ModalFollowUp(live, screens, catalogs, owners, steps, SlackTimings.defaults());
    }

    @AfterEach
    void stop() {
        slack.close();
        scheduler.shutdownNow();
    }

    @Test
    void keeps_the_owner_the_rep_picked_before_the_lookup_ended_and_leaves_the_view_alone() {
        SlackWeb.OpenedView view = open();
        followUp.afterOpen(view, ModalState.forCommand("U1", "C1", null, Samples.fresh("Deal")).showingForm());

        live.remember(view.id(), state -> state.ownerPicked(Samples.TOM.id()));
        steps.runAll();

        assertThat(slack.calls("users.info")).as("the lookup ran").hasSize(1);
        assertThat(slack.updatesOf(view.id())).isEmpty();
        assertThat(live.find(view.id()).orElseThrow().values().ownerId()).isEqualTo(Samples.TOM.id());
    }

    @Test
    void preselects_the_owner_found_in_a_new_block_when_the_rep_picked_none() {
        SlackWeb.OpenedView view = open();
        ModalState opened = ModalState.forCommand("U1", "C1", null, Samples.fresh("Deal")).showingForm();
        followUp.afterOpen(view, opened);

        steps.runAll();

        assertThat(slack.updatesOf(view.id())).singleElement().satisfies(update -> {
            assertThat(update.param("hash")).isEqualTo(view.hash());
            assertThat(update.param("view")).contains(Samples.ANNA.id()).contains("owner_" + (opened.ownerRev() + 1));
        });
    }

    private SlackWeb.OpenedView open() {
        ModalState state = ModalState.forCommand("U1", "C1", null, Samples.fresh("Deal")).showingForm();
        SlackWeb.OpenedView view = web.open("trigger-1", screens.form(CATALOG, state)).view().orElseThrow();
        live.opened(view.id(), view.hash(), state);
        return view;
    }

    /** An executor whose tasks wait until the test runs them, in the order they were given. */
    private static final class Steps extends AbstractExecutorService {
        private final Queue<Runnable> waiting = new ArrayDeque<>();

        void runAll() {
            for (Runnable next = waiting.poll(); next != null; next = waiting.poll()) {
                next.run();
            }
        }

        @Override
        public void execute(Runnable task) {
            waiting.add(task);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.copyOf(waiting);
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
