package newdeal.deal;

import static newdeal.deal.DealRig.created;
import static newdeal.deal.DealRig.draft;
import static org.assertj.core.api.Assertions.assertThat;

import newdeal.pipeliner.Opportunity;
import newdeal.sandbox.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A submission never ends with the opportunity another submission created, however alike the two deals are. */
class OneOutcomePerSubmissionTest {
    private final DealRig rig = new DealRig();

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void a_second_identical_submission_whose_create_got_a_500_with_nothing_stored_says_the_deal_may_exist() {
        Opportunity first = created(rig.submit("view-first#0", draft("Look-alike", null)));
        rig.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withStatus(500).times(1));

        DealOutcome second = rig.submit("view-second#0", draft("Look-alike", null));

        assertThat(second).as("not the first submission's deal %s", first.id())
                .isInstanceOf(DealOutcome.Failed.class);
        assertThat(((DealOutcome.Failed) second).message()).contains("may or may not have been created");
        assertThat(rig.sandbox.opportunitiesNamed("Look-alike")).hasSize(1);
    }

    @Test
    void the_same_submission_found_after_a_lost_answer_is_still_its_own() {
        rig.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").afterHandling().dropConnection().times(1));

        Opportunity found = created(rig.submit("view-lost#0", draft("Lost answer", null)));

        assertThat(rig.sandbox.opportunitiesNamed("Lost answer")).singleElement()
                .satisfies(row -> assertThat(row.path("id").asText()).isEqualTo(found.id()));
    }
}
