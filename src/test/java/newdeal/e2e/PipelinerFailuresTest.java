package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import newdeal.sandbox.Fault;
import newdeal.testing.RecordedCall;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** When Pipeliner says no, is down or is slow, the rep is told plainly and loses nothing typed. */
class PipelinerFailuresTest {
    private static final String OPPORTUNITIES = "/entities/Opportunities$";
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

    @AfterEach
    void clearFaults() {
        e2e.sandbox.faults().clear();
    }

    @Test
    void shows_pipeliners_own_422_message_on_the_account_input() {
        SlackForm form = rep.readyForm("Vanished account").number("value", "5")
                .option("account", "00000000-0000-4000-8000-000000000000", "An account deleted meanwhile");

        SlackHttp.Answer answer = rep.submit(form);

        JsonNode body = e2e.parse(answer.body());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path(form.blockIdOf("account")).asText()).isNotBlank();
        assertThat(e2e.pipeliner.opportunitiesNamed("Vanished account")).isEmpty();
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
        assertThat(e2e.pipeliner.opportunitiesNamed("Locked out deal")).isEmpty();
    }

    @Test
    void tells_the_rep_nothing_was_created_and_keeps_the_input_when_pipeliner_keeps_answering_503() {
        e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withStatus(503));
        SlackForm form = rep.readyForm("Unavailable deal").number("value", "77").text("description", "Still here");
        String viewId = form.view().path("id").asText();

        SlackHttp.Answer answer = rep.submit(form);
        e2e.slack.applySubmissionAnswer(viewId, answer.body());

        // Fast enough, the form comes back at once; otherwise the "Creating…" view turns into the error with a retry.
        newdeal.testing.Waiting.until(() -> Views.text(e2e.view(viewId)).contains("Nothing was created"), E2e.WAIT,
                () -> "the rep was never told nothing was created: " + Views.text(e2e.view(viewId)));
        JsonNode view = e2e.view(viewId);
        if (Views.block(view, "retry") != null) {
            e2e.send(e2e.requests.blockActions(SlackForm.of(view), "retry"));
            newdeal.testing.Waiting.until(() -> Views.block(e2e.view(viewId), "deal_name") != null, E2e.WAIT,
                    () -> "Try again did not bring the form back");
            view = e2e.view(viewId);
        }
        assertThat(Views.element(view, "deal_name").path("initial_value").asText()).isEqualTo("Unavailable deal");
        assertThat(Views.element(view, "value").path("initial_value").asText()).isEqualTo("77");
        assertThat(Views.element(view, "description").path("initial_value").asText()).isEqualTo("Still here");
        assertThat(e2e.pipeliner.opportunitiesNamed("Unavailable deal")).isEmpty();
    }

    @Test
    void creates_once_when_pipeliner_answers_a_single_503_then_recovers() {
        e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withStatus(503).times(1));
        SlackForm form = rep.readyForm("Hiccup deal").number("value", "7");
        String viewId = form.view().path("id").asText();

        SlackHttp.Answer answer = rep.submit(form);
        e2e.slack.applySubmissionAnswer(viewId, answer.body());

        newdeal.testing.Waiting.until(() -> !e2e.pipeliner.opportunitiesNamed("Hiccup deal").isEmpty(), E2e.WAIT,
                () -> "the deal was not created after the 503");
        assertThat(e2e.pipeliner.opportunitiesNamed("Hiccup deal")).hasSize(1);
    }

    @Test
    void creates_exactly_one_opportunity_when_pipeliners_answer_to_the_create_is_lost() {
        e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).afterHandling().dropConnection().times(1));
        SlackForm form = rep.readyForm("Lost answer deal").number("value", "9");
        String viewId = form.view().path("id").asText();

        SlackHttp.Answer answer = rep.submit(form);
        e2e.slack.applySubmissionAnswer(viewId, answer.body());

        newdeal.testing.Waiting.until(() -> e2e.slack.responseUrlPosts().stream()
                .anyMatch(p -> p.body().toString().contains("Lost answer deal")), E2e.WAIT,
                () -> "the rep was never told the deal exists");
        assertThat(e2e.pipeliner.opportunitiesNamed("Lost answer deal")).hasSize(1);
    }

    @Test
    void finishes_a_slow_create_in_the_background_and_shows_the_link() {
        e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withLatency(Duration.ofMillis(900)));
        SlackForm form = rep.readyForm("Slow deal").number("value", "1");
        String viewId = form.view().path("id").asText();
        int updates = e2e.slack.calls("views.update").size();

        SlackHttp.Answer answer = rep.submit(form);

        JsonNode body = e2e.parse(answer.body());
        assertThat(body.path("response_action").asText()).isEqualTo("update");
        assertThat(Views.text(body.path("view"))).contains("Creating").contains("Slow deal");
        assertThat(answer.took()).isLessThan(Duration.ofMillis(2500));
        e2e.slack.applySubmissionAnswer(viewId, answer.body());
        RecordedCall done = e2e.slack.awaitCalls("views.update", updates + 1, E2e.WAIT).get(updates);
        assertThat(done.param("view_id")).isEqualTo(viewId);
        assertThat(done.param("hash")).as("the result is the last word: no hash to be stale").isNull();
        String id = e2e.pipeliner.opportunitiesNamed("Slow deal").get(0).path("id").asText();
        assertThat(Views.text(done.json("view"))).contains("/opportunities/" + id + "/detail|Slow deal>");
    }

    @Test
    void messages_the_rep_what_failed_and_what_they_typed_when_they_had_closed_the_creating_view() {
        e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withLatency(Duration.ofMillis(900)));
        SlackForm form = rep.readyForm("Closed too soon").number("value", "1,250.5")
                .option("account", "00000000-0000-4000-8000-000000000000", "An account deleted meanwhile");
        String viewId = form.view().path("id").asText();
        e2e.slack.failNext("views.update", "not_found"); // what Slack answers once the rep closed the modal

        SlackHttp.Answer answer = rep.submit(form);

        assertThat(e2e.parse(answer.body()).path("response_action").asText()).isEqualTo("update");
        newdeal.testing.Waiting.until(() -> !postsAbout("Closed too soon").isEmpty(), E2e.WAIT,
                () -> "the rep was never told the deal failed: " + e2e.slack.responseUrlPosts());
        String reply = postsAbout("Closed too soon").get(0).body().toString();
        assertThat(reply).contains("Nothing was created").contains("does not exist")
                .contains("An account deleted meanwhile").contains("1,250.50 EUR").contains("type /new-deal");
        assertThat(e2e.pipeliner.opportunitiesNamed("Closed too soon")).isEmpty();
    }

    @Test
    void says_the_deal_may_exist_when_pipeliner_times_out_and_creates_it_once_the_rep_tries_again() {
        e2e.sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).hang());
        SlackForm form = rep.readyForm("Timed out deal").number("value", "42").text("description", "As typed");
        String viewId = form.view().path("id").asText();
        int updates = e2e.slack.calls("views.update").size();

        SlackHttp.Answer answer = rep.submit(form);

        assertThat(e2e.parse(answer.body()).path("response_action").asText()).isEqualTo("update");
        e2e.slack.applySubmissionAnswer(viewId, answer.body());
        RecordedCall failed = e2e.slack.awaitCalls("views.update", updates + 1, Duration.ofSeconds(10)).get(updates);
        JsonNode failedView = failed.json("view");
        assertThat(Views.text(failedView)).contains("may or may not have been created").contains("Check Pipeliner");
        assertThat(Views.block(failedView, "retry")).isNotNull();
        assertThat(e2e.pipeliner.opportunitiesNamed("Timed out deal")).isEmpty();

        e2e.sandbox.faults().clear();
        e2e.send(e2e.requests.blockActions(SlackForm.of(e2e.view(viewId)), "retry"));

        RecordedCall again = e2e.slack.awaitCalls("views.update", updates + 2, E2e.WAIT).get(updates + 1);
        JsonNode formAgain = again.json("view");
        assertThat(Views.element(formAgain, "deal_name").path("initial_value").asText()).isEqualTo("Timed out deal");
        assertThat(Views.element(formAgain, "value").path("initial_value").asText()).isEqualTo("42");
        assertThat(Views.element(formAgain, "description").path("initial_value").asText()).isEqualTo("As typed");
        assertThat(Views.initialOptionText(formAgain, "account")).startsWith("Globex Corporation");

        SlackHttp.Answer resubmitted = rep.submit(e2e.form(viewId));

        assertThat(resubmitted.body()).isEmpty();
        assertThat(e2e.pipeliner.opportunitiesNamed("Timed out deal")).hasSize(1);
    }

    private static java.util.List<newdeal.testing.ResponseUrlPost> postsAbout(String name) {
        return e2e.slack.responseUrlPosts().stream().filter(p -> p.body().toString().contains(name)).toList();
    }
}
