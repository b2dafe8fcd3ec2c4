package newdeal.deal;

import static newdeal.deal.DealRig.created;
import static newdeal.deal.DealRig.draft;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What DealService remembers stays under its caps, and a create in flight is never forgotten to make room. */
class BoundedMemoryTest {
    private final DealRig rig = new DealRig();
    private final HeldCreates held = new HeldCreates(rig.pipeliner, rig.clock);
    private final DealService service = rig.service(held, 3, 4);

    @AfterEach
    void stop() {
        held.release();
        rig.close();
    }

    @Test
    void remembers_at_most_its_cap_of_finished_submissions_and_of_created_opportunities() {
        for (int i = 0; i < 8; i++) {
            created(submit("view-" + i, "Capped " + i));
        }

        assertThat(service.remembered()).isLessThanOrEqualTo(3);
        assertThat(service.attributed()).isLessThanOrEqualTo(4);
    }

    @Test
    void never_forgets_a_create_in_flight_however_many_finish_meanwhile() throws Exception {
        CompletableFuture<DealOutcome> inFlight = service.submit("view-held", draft(HeldCreates.HELD, null));
        held.awaitHolding();
        for (int i = 0; i < 8; i++) {
            created(submit("view-" + i, "Meanwhile " + i));
        }

        CompletableFuture<DealOutcome> again = service.submit("view-held", draft(HeldCreates.HELD, null));

        assertThat(service.awaitInFlight(Duration.ZERO)).as("still waited for on shutdown").isFalse();
        held.release();
        DealOutcome outcome = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(again.get(10, TimeUnit.SECONDS)).as("the same create's outcome").isEqualTo(outcome);
        created(outcome);
        assertThat(rig.pipeliner.calls("createOpportunity")).as("the held one once, and the 8 others").isEqualTo(9);
        assertThat(rig.sandbox.opportunitiesNamed(HeldCreates.HELD)).hasSize(1);
    }

    @Test
    void forgets_a_finished_submission_thirty_minutes_after_it_finished() {
        created(submit("view-old", "Long ago"));
        rig.clock.advance(DealService.KEEP_FINISHED.minusMinutes(1));
        created(submit("view-new", "Just now"));
        assertThat(service.remembered()).isEqualTo(2);

        rig.clock.advance(Duration.ofMinutes(2));

        assertThat(service.remembered()).isEqualTo(1);
    }

    private DealOutcome submit(String key, String name) {
        return service.submit(key, draft(name, null)).orTimeout(10, TimeUnit.SECONDS).join();
    }
}
