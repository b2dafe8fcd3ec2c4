package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import newdeal.sandbox.Fault;
import newdeal.sandbox.Faults;
import newdeal.testing.RecordedCall;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When Pipeliner says no, is down or is slow, the rep is told plainly and loses nothing typed. */
class PipelinerFailuresTest {
    private static final String OPPORTUNITIES = "/entities/Opportunities$";
    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
    /** The seed's first step of the first pipeline (New Business), which the form preselects. */
    private static final String QUALIFICATION_STEP = "84207057-2ae8-5c21-977d-20dc0441536c";
    @RegisterExtension
    static final AppExtension APP = AppExtension.shared();
    /** The app sees Pipeliner through a proxy that shows the first step under an id Pipeliner does not have. */
    @RegisterExtension
    final AppExtension stale = AppExtension.own(() -> E2e.warmRenaming(QUALIFICATION_STEP, UNKNOWN_ID));
    private final E2e e2e = APP.e2e();
    private final Rep rep = new Rep(e2e);

    @Test
    void shows_pipeliners_own_422_message_on_the_account_input() {
        SlackForm form = rep.readyForm("Vanished account").number("value", "5")
                .option("account", UNKNOWN_ID, "An account deleted meanwhile");

        SlackHttp.Answer answer = rep.submit(form);

        JsonNode body = e2e.parse(answer.body());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        // The sandbox's words for a relation to a row it does not have, as Pipeliner's.
        assertThat(body.path("errors").path(form.blockIdOf("account")).asText())
                .isEqualTo("Account with id '" + UNKNOWN_ID + "' does not exist.");
        assertThat(e2e.sandbox.opportunitiesNamed("Vanished account")).isEmpty();
    }

    @Test
    void shows_pipeliners_own_422_message_on_the_owner_input() {
        SlackForm form = rep.readyForm("Departed owner").number("value", "5")
                .option("owner", UNKNOWN_ID, "Someone who left the company");

        SlackHttp.Answer answer = rep.submit(form);

        JsonNode body = e2e.parse(answer.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path(form.blockIdOf("owner")).asText())
                .isEqualTo("Client with id '" + UNKNOWN_ID + "' does not exist.");
        assertThat(body.path("errors")).hasSize(1);
        assertThat(e2e.sandbox.opportunitiesNamed("Departed owner")).isEmpty();
    }

    @Test
    void shows_pipeliners_own_422_message_on_the_step_input_for_a_step_pipeliner_no_longer_has() {
        // The app's catalog shows the first step under an id Pipeliner does not have (deleted since the load).
        E2e renamed = stale.e2e();
        SlackForm form = new Rep(renamed).readyForm("Deleted step deal").number("value", "5");
        assertThat(Views.initialOptionValue(form.view(), "step")).isEqualTo(UNKNOWN_ID);

        SlackHttp.Answer answer = renamed.send(renamed.requests.viewSubmission(form));

        JsonNode body = renamed.parse(answer.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path(form.blockIdOf("step")).asText())
                .isEqualTo("Step with id '" + UNKNOWN_ID + "' does not exist.");
        assertThat(body.path("errors")).hasSize(1);
        assertThat(renamed.sandbox.opportunitiesNamed("Deleted step deal")).isEmpty();
    }

    @Test
    void shows_the_form_again_as_typed_saying_nothing_was_created_when_pipeliner_refuses_the_apps_keys() {
        e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withStatus(401));
        SlackForm form = rep.readyForm("Locked out deal").number("value", "321.5").text("description", "Keep me");

        SlackHttp.Answer answer = rep.submit(form);

        JsonNode body = e2e.parse(answer.body());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(body.path("response_action").asText()).isEqualTo("update");
        JsonNode view = body.path("view");
        assertThat(Views.text(view)).contains("Nothing was created").contains("admin");
        assertThat(Views.element(view, "deal_name").path("initial_value").asText()).isEqualTo("Locked out deal");
        assertThat(Views.element(view, "value").path("initial_value").asText()).isEqualTo("321.5");
        assertThat(Views.element(view, "description").path("initial_value").asText()).isEqualTo("Keep me");
        assertThat(Views.initialOptionText(view, "account")).startsWith("Globex Corporation");
        assertThat(Views.initialOptionValue(view, "owner")).isEqualTo(E2e.REP_PIPELINER_ID);
        assertThat(Views.initialOptionValue(view, "step")).isEqualTo(Views.initialOptionValue(form.view(), "step"));
        assertThat(e2e.sandbox.opportunitiesNamed("Locked out deal")).isEmpty();
    }

    @Test
    void tells_the_rep_nothing_was_created_and_keeps_the_input_when_pipeliner_keeps_answering_503() {
        // The first answer is held past the submission's wait, so the result always arrives in the background.
        Faults.Active first = e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).held().withStatus(503)
                .times(1));
        e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withStatus(503));
        SlackForm form = rep.readyForm("Unavailable deal").number("value", "77").text("description", "Still here");
        String viewId = form.view().path("id").asText();
        int updates = e2e.slack.updatesOf(viewId).size();

        SlackHttp.Answer answer = rep.submit(form);

        assertThat(e2e.parse(answer.body()).path("response_action").asText()).isEqualTo("update");
        e2e.slack.applySubmissionAnswer(form, answer.body());
        first.remove();
        JsonNode failed = e2e.slack.awaitUpdates(viewId, updates + 1, E2e.WAIT).get(updates).json("view");
        assertThat(Views.text(failed)).contains("Nothing was created");
        assertThat(Views.block(failed, "retry")).isNotNull();

        e2e.send(e2e.requests.blockActions(SlackForm.of(e2e.view(viewId)), "retry"));

        JsonNode view = e2e.slack.awaitUpdates(viewId, updates + 2, E2e.WAIT).get(updates + 1).json("view");
        assertThat(Views.text(view)).contains("Nothing was created");
        assertThat(Views.element(view, "deal_name").path("initial_value").asText()).isEqualTo("Unavailable deal");
        assertThat(Views.element(view, "value").path("initial_value").asText()).isEqualTo("77");
        assertThat(Views.element(view, "description").path("initial_value").asText()).isEqualTo("Still here");
        assertThat(e2e.sandbox.opportunitiesNamed("Unavailable deal")).isEmpty();
    }

    @Test
    void creates_once_when_pipeliner_answers_a_single_503_then_recovers() {
        e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withStatus(503).times(1));
        SlackForm form = rep.readyForm("Hiccup deal").number("value", "7");
        String viewId = form.view().path("id").asText();

        SlackHttp.Answer answer = rep.submit(form);
        e2e.slack.applySubmissionAnswer(form, answer.body());

        newdeal.testing.Waiting.until(() -> !e2e.sandbox.opportunitiesNamed("Hiccup deal").isEmpty(), E2e.WAIT,
                () -> "the deal was not created after the 503");
        assertThat(e2e.sandbox.opportunitiesNamed("Hiccup deal")).hasSize(1);
    }

    @Test
    void creates_exactly_one_opportunity_when_pipeliners_answer_to_the_create_is_lost() {
        e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).afterHandling().dropConnection().times(1));
        SlackForm form = rep.readyForm("Lost answer deal").number("value", "9");
        String viewId = form.view().path("id").asText();

        SlackHttp.Answer answer = rep.submit(form);
        e2e.slack.applySubmissionAnswer(form, answer.body());

        newdeal.testing.Waiting.until(() -> e2e.slack.responseUrlPosts().stream()
                .anyMatch(p -> p.body().toString().contains("Lost answer deal")), E2e.WAIT,
                () -> "the rep was never told the deal exists");
        assertThat(e2e.sandbox.opportunitiesNamed("Lost answer deal")).hasSize(1);
    }

    @Test
    void finishes_a_slow_create_in_the_background_and_shows_the_link() {
        Faults.Active slow = e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).held());
        SlackForm form = rep.readyForm("Slow deal").number("value", "1");
        String viewId = form.view().path("id").asText();
        int updates = e2e.slack.updatesOf(viewId).size();

        SlackHttp.Answer answer = rep.submit(form);

        JsonNode body = e2e.parse(answer.body());
        assertThat(body.path("response_action").asText()).isEqualTo("update");
        assertThat(Views.text(body.path("view"))).contains("Creating").contains("Slow deal");
        assertThat(answer.took()).isLessThan(Duration.ofMillis(2500));
        e2e.slack.applySubmissionAnswer(form, answer.body());
        slow.remove();
        RecordedCall done = e2e.slack.awaitUpdates(viewId, updates + 1, E2e.WAIT).get(updates);
        assertThat(done.param("view_id")).isEqualTo(viewId);
        assertThat(done.param("hash")).as("the result is the last word: no hash to be stale").isNull();
        String id = e2e.sandbox.opportunitiesNamed("Slow deal").get(0).path("id").asText();
        assertThat(Views.text(done.json("view"))).contains("/opportunities/" + id + "/detail|Slow deal>");
    }

    @Test
    void messages_the_rep_what_failed_and_what_they_typed_when_they_had_closed_the_creating_view() {
        Faults.Active slow = e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).held());
        SlackForm form = rep.readyForm("Closed too soon").number("value", "1,250.5")
                .option("account", UNKNOWN_ID, "An account deleted meanwhile");
        String viewId = form.view().path("id").asText();
        e2e.slack.failNextUpdate(viewId, "not_found"); // what Slack answers once the rep closed the modal

        SlackHttp.Answer answer = rep.submit(form);

        assertThat(e2e.parse(answer.body()).path("response_action").asText()).isEqualTo("update");
        slow.remove();
        newdeal.testing.Waiting.until(() -> !postsAbout("Closed too soon").isEmpty(), E2e.WAIT,
                () -> "the rep was never told the deal failed: " + e2e.slack.responseUrlPosts());
        String reply = postsAbout("Closed too soon").get(0).body().toString();
        assertThat(reply).contains("Nothing was created").contains("does not exist")
                .contains("An account deleted meanwhile").contains("1,250.50 EUR").contains("type /new-deal");
        assertThat(e2e.sandbox.opportunitiesNamed("Closed too soon")).isEmpty();
    }

    @Test
    void says_the_deal_may_exist_when_pipeliner_times_out_and_creates_it_once_the_rep_tries_again() {
        e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).hang());
        SlackForm form = rep.readyForm("Timed out deal").number("value", "42").text("description", "As typed");
        String viewId = form.view().path("id").asText();
        int updates = e2e.slack.updatesOf(viewId).size();

        SlackHttp.Answer answer = rep.submit(form);

        assertThat(e2e.parse(answer.body()).path("response_action").asText()).isEqualTo("update");
        e2e.slack.applySubmissionAnswer(form, answer.body());
        RecordedCall failed = e2e.slack.awaitUpdates(viewId, updates + 1, Duration.ofSeconds(10)).get(updates);
        JsonNode failedView = failed.json("view");
        assertThat(Views.text(failedView)).contains("may or may not have been created").contains("Check Pipeliner");
        assertThat(Views.block(failedView, "retry")).isNotNull();
        assertThat(e2e.sandbox.opportunitiesNamed("Timed out deal")).isEmpty();

        e2e.sandbox.faults().clear();
        e2e.send(e2e.requests.blockActions(SlackForm.of(e2e.view(viewId)), "retry"));

        RecordedCall again = e2e.slack.awaitUpdates(viewId, updates + 2, E2e.WAIT).get(updates + 1);
        JsonNode formAgain = again.json("view");
        assertThat(Views.element(formAgain, "deal_name").path("initial_value").asText()).isEqualTo("Timed out deal");
        assertThat(Views.element(formAgain, "value").path("initial_value").asText()).isEqualTo("42");
        assertThat(Views.element(formAgain, "description").path("initial_value").asText()).isEqualTo("As typed");
        assertThat(Views.initialOptionText(formAgain, "account")).startsWith("Globex Corporation");

        SlackHttp.Answer resubmitted = rep.submit(e2e.form(viewId));

        assertThat(resubmitted.body()).isEmpty();
        assertThat(e2e.sandbox.opportunitiesNamed("Timed out deal")).hasSize(1);
    }

    private java.util.List<newdeal.testing.ResponseUrlPost> postsAbout(String name) {
        return e2e.slack.responseUrlPosts().stream().filter(p -> p.body().toString().contains(name)).toList();
    }
}
