package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import newdeal.sandbox.Fault;
import newdeal.testing.SignedRequest;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A captured request sent again creates nothing, even when the first one created nothing and could be retried. */
class ReplaysTest {
    private static E2e e2e;
    private static Rep rep;

    @BeforeAll
    static void start() {
        e2e = E2e.warm();
        rep = new Rep(e2e);
    }

    @AfterAll
    static void stop() {
        e2e.close();
    }

    @Test
    void refuses_the_replay_of_a_submission_that_created_nothing_while_the_reps_own_new_submission_creates_it() {
        e2e.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withStatus(401).times(1));
        SlackForm form = rep.readyForm("Replayed deal").number("value", "5");
        String viewId = form.view().path("id").asText();
        SignedRequest submission = e2e.requests.viewSubmission(form);

        SlackHttp.Answer failed = e2e.send(submission);
        assertThat(Views.text(e2e.parse(failed.body()).path("view"))).contains("Nothing was created");

        SlackHttp.Answer replayed = e2e.send(submission);

        assertThat(replayed.status()).isEqualTo(401);
        // Refused before any listener ran: nothing was started that could create it later.
        assertThat(e2e.sandbox.opportunitiesNamed("Replayed deal")).isEmpty();

        e2e.slack.applySubmissionAnswer(viewId, failed.body());
        SlackHttp.Answer resubmitted = rep.submit(e2e.form(viewId));

        assertThat(resubmitted.body()).isEmpty();
        assertThat(e2e.sandbox.opportunitiesNamed("Replayed deal")).hasSize(1);
    }
}
