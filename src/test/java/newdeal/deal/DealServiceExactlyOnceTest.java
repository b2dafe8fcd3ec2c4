package newdeal.deal;

import static newdeal.deal.DealRig.created;
import static newdeal.deal.DealRig.draft;
import static newdeal.deal.DealRig.withOwner;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import newdeal.sandbox.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import newdeal.testing.SandboxApi;

/** One opportunity per submission key, however often and however simultaneously the key is submitted. */
class DealServiceExactlyOnceTest {
    private final DealRig rig = new DealRig();
    private final SandboxApi sandbox = rig.sandbox;
    private final ExecutorService submitters = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        submitters.shutdownNow();
        rig.close();
    }

    @Test
    void creates_one_opportunity_when_the_same_view_is_submitted_twice() {
        DealOutcome first = rig.submit("view-twice", draft("Twice submitted", null));
        DealOutcome second = rig.submit("view-twice", draft("Twice submitted", null));

        assertThat(second).isEqualTo(first);
        assertThat(sandbox.opportunitiesNamed("Twice submitted")).hasSize(1);
        assertThat(rig.pipeliner.calls("createOpportunity")).isEqualTo(1);
    }

    @Test
    void gives_a_submit_made_while_the_create_is_in_flight_the_same_outcome() {
        sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withLatency(Duration.ofMillis(300)));

        CompletableFuture<DealOutcome> first = rig.service.submit("view-slow", draft("Slow double click", null));
        CompletableFuture<DealOutcome> second = rig.service.submit("view-slow", draft("Slow double click", null));

        assertThat(first).isNotDone();
        assertThat(second.orTimeout(5, TimeUnit.SECONDS).join()).isEqualTo(first.join());
        assertThat(sandbox.opportunitiesNamed("Slow double click")).hasSize(1);
    }

    @Test
    void creates_one_opportunity_when_two_threads_submit_the_same_view_at_the_same_instant() throws Exception {
        for (int round = 0; round < 10; round++) {
            String name = "Simultaneous " + round;
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<DealOutcome>> both = List.of(
                    submitTogether(together, "view-race-" + round, name),
                    submitTogether(together, "view-race-" + round, name));

            DealOutcome a = both.get(0).orTimeout(5, TimeUnit.SECONDS).join();
            DealOutcome b = both.get(1).orTimeout(5, TimeUnit.SECONDS).join();

            assertThat(created(a).id()).isEqualTo(created(b).id());
            assertThat(sandbox.opportunitiesNamed(name)).as("opportunities named " + name).hasSize(1);
        }
        assertThat(rig.pipeliner.calls("createOpportunity")).isEqualTo(10);
    }

    @Test
    void tries_again_after_pipeliner_rejected_the_deal() {
        DealDraft badOwner = withOwner(draft("Fixed and resent", null), "00000000-0000-4000-8000-000000000000");

        DealOutcome rejected = rig.submit("view-fix", badOwner);
        DealOutcome retried = rig.submit("view-fix", draft("Fixed and resent", null));

        assertThat(rejected).isInstanceOf(DealOutcome.Rejected.class);
        created(retried);
        assertThat(sandbox.opportunitiesNamed("Fixed and resent")).hasSize(1);
    }

    @Test
    void tries_again_after_a_failure_that_created_nothing() {
        var busy = sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withStatus(429));
        DealOutcome failed = rig.submit("view-busy", draft("Resent after busy", null));
        busy.remove();

        DealOutcome retried = rig.submit("view-busy", draft("Resent after busy", null));

        assertThat(failed).isInstanceOfSatisfying(DealOutcome.Failed.class,
                f -> assertThat(f.nothingCreated()).isTrue());
        created(retried);
        assertThat(sandbox.opportunitiesNamed("Resent after busy")).hasSize(1);
    }

    @Test
    void does_not_send_again_after_a_failure_that_may_have_created_the_deal() {
        // The create is stored but its answer is lost, and the client cannot look it up: the outcome is unknown.
        var lostAnswer = sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").afterHandling().dropConnection());
        var noLookup = sandbox.faults().add(Fault.on("GET", "/entities/Opportunities$").withStatus(503));
        DealOutcome unknown = rig.submit("view-lost", draft("Answer lost", null));
        lostAnswer.remove();
        noLookup.remove();

        DealOutcome again = rig.submit("view-lost", draft("Answer lost", null));

        assertThat(unknown).isInstanceOfSatisfying(DealOutcome.Failed.class,
                f -> assertThat(f.nothingCreated()).isFalse());
        assertThat(again).isEqualTo(unknown);
        assertThat(rig.pipeliner.calls("createOpportunity")).isEqualTo(1);
        assertThat(sandbox.opportunitiesNamed("Answer lost")).hasSize(1);
    }

    @Test
    void waits_for_creates_in_flight_on_shutdown() {
        var hanging = sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withLatency(Duration.ofMillis(400)));
        CompletableFuture<DealOutcome> inFlight = rig.service.submit("view-shutdown", draft("Shutdown", null));

        boolean doneAtOnce = rig.service.awaitInFlight(Duration.ofMillis(50));
        boolean doneLater = rig.service.awaitInFlight(Duration.ofSeconds(5));

        assertThat(doneAtOnce).isFalse();
        assertThat(doneLater).isTrue();
        assertThat(inFlight).succeedsWithin(Duration.ofSeconds(1)).isInstanceOf(DealOutcome.Created.class);
        assertThat(hanging.hits()).isEqualTo(1);
    }

    @Test
    void forgets_finished_submissions_after_thirty_minutes_so_memory_stays_bounded() {
        rig.submit("view-old", draft("Long ago", null));
        assertThat(rig.service.remembered()).isEqualTo(1);

        rig.clock.advance(DealService.KEEP_FINISHED.plusMinutes(1));
        rig.submit("view-new", draft("Just now", null));

        assertThat(rig.service.remembered()).isEqualTo(1);
    }

    @Test
    void a_callers_timeout_does_not_disturb_the_shared_create() {
        sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withLatency(Duration.ofMillis(300)));
        CompletableFuture<DealOutcome> impatient = rig.service.submit("view-patience", draft("Patience", null));
        impatient.orTimeout(50, TimeUnit.MILLISECONDS);

        DealOutcome later = rig.submit("view-patience", draft("Patience", null));

        assertThat(impatient).isCompletedExceptionally();
        created(later);
        assertThat(sandbox.opportunitiesNamed("Patience")).hasSize(1);
    }

    private CompletableFuture<DealOutcome> submitTogether(CyclicBarrier together, String key, String name) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                together.await(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other submitter never came", e);
            }
            return rig.service.submit(key, draft(name, null));
        }, submitters).thenCompose(f -> f);
    }
}
