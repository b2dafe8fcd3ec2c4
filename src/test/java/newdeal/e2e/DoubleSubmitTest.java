package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import newdeal.sandbox.Fault;
import newdeal.sandbox.Faults;
import newdeal.testing.RecordedCall;
import newdeal.testing.ResponseUrlPost;
import newdeal.testing.SignedRequest;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same view submitted twice makes one opportunity, and the second submission gets the first one's result. That
 * no second result or reply follows is read after a later, known event: a marker deal submitted once the first result
 * was in, whose reply goes through the same pool as any second one would.
 */
class DoubleSubmitTest {
    // Creates may take 5 s here, so a create held past both submissions' waits does not time out.
    @RegisterExtension
    static final AppExtension APP = AppExtension.own(
            () -> E2e.warm(E2e.TIMINGS.withCreateDeadline(Duration.ofSeconds(5))));
    private final E2e e2e = APP.e2e();
    private final Rep rep = new Rep(e2e);

    @Test
    void creates_one_opportunity_when_the_same_view_is_submitted_twice_in_a_row() {
        SlackForm form = rep.readyForm("Twice in a row").number("value", "100");

        SlackHttp.Answer first = rep.submit(form);
        SlackHttp.Answer second = rep.submit(form);

        // An empty answer closes the modal, which only a created deal does: the second got the first's result.
        assertThat(first.body()).isEmpty();
        assertThat(second.body()).isEmpty();
        String id = theOneStored("Twice in a row");
        awaitReplyAbout("Twice in a row");
        afterAMarkerDeal();
        assertThat(theOneReplyAbout("Twice in a row")).contains("/opportunities/" + id + "/detail|Twice in a row>");
    }

    @Test
    void creates_one_opportunity_when_the_same_view_is_submitted_twice_at_the_same_instant() throws Exception {
        // Held past both submissions' wait: each is answered "Creating…", and the view ends showing the result.
        Faults.Active held = e2e.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").held());
        SlackForm form = rep.readyForm("Twice at once").number("value", "100");
        String viewId = form.view().path("id").asText();
        // Two requests from Slack, as a double click sends them: the same view, each with its own trigger_id (the
        // same bytes twice would be a replay, refused with 401).
        SignedRequest first = e2e.requests.viewSubmission(form);
        SignedRequest second = e2e.requests.viewSubmission(form);
        CountDownLatch go = new CountDownLatch(1);

        List<CompletableFuture<SlackHttp.Answer>> answers = List.of(
                CompletableFuture.supplyAsync(() -> sendAfter(go, first)),
                CompletableFuture.supplyAsync(() -> sendAfter(go, second)));
        go.countDown();

        for (CompletableFuture<SlackHttp.Answer> answer : answers) {
            assertCreating(answer.get(), "Twice at once");
        }
        held.remove();
        String id = theOneStored("Twice at once");
        awaitResultIn(viewId);
        awaitReplyAbout("Twice at once");
        afterAMarkerDeal();
        assertThat(theOneResultShownIn(viewId)).contains("/opportunities/" + id + "/detail|Twice at once>");
        assertThat(theOneReplyAbout("Twice at once")).contains("/opportunities/" + id + "/detail|Twice at once>");
    }

    @Test
    void answers_the_second_submission_of_a_slow_create_with_the_same_creating_view_and_replies_once() {
        Faults.Active held = e2e.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").held());
        SlackForm form = rep.readyForm("Twice while slow").number("value", "100");
        String viewId = form.view().path("id").asText();

        SlackHttp.Answer first = rep.submit(form);
        SlackHttp.Answer second = rep.submit(form);

        assertCreating(first, "Twice while slow");
        assertCreating(second, "Twice while slow");
        held.remove();
        String id = theOneStored("Twice while slow");
        awaitResultIn(viewId);
        awaitReplyAbout("Twice while slow");
        afterAMarkerDeal();
        assertThat(theOneResultShownIn(viewId)).contains("/opportunities/" + id + "/detail|Twice while slow>");
        assertThat(theOneReplyAbout("Twice while slow"))
                .contains("/opportunities/" + id + "/detail|Twice while slow>");
    }

    private void assertCreating(SlackHttp.Answer answer, String name) {
        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = e2e.parse(answer.body());
        assertThat(body.path("response_action").asText()).isEqualTo("update");
        assertThat(Views.text(body.path("view"))).contains("Creating").contains(name);
    }

    /** Waits for the opportunity, checks it is the only one of that name, and returns its id. */
    private String theOneStored(String name) {
        newdeal.testing.Waiting.until(() -> !e2e.sandbox.opportunitiesNamed(name).isEmpty(), E2e.WAIT,
                () -> "no opportunity named " + name);
        List<JsonNode> stored = e2e.sandbox.opportunitiesNamed(name);
        assertThat(stored).hasSize(1);
        return stored.get(0).path("id").asText();
    }

    /**
     * A deal of its own, submitted once the faults are gone: its reply is sent through the pool that sends the results
     * and replies of background creates, after any second one of the deal under test was handed to it.
     */
    private void afterAMarkerDeal() {
        e2e.sandbox.faults().clear();
        String name = "Marker deal " + System.nanoTime();
        assertThat(rep.submit(rep.readyForm(name).number("value", "1")).status()).isEqualTo(200);
        awaitReplyAbout(name);
    }

    private void awaitResultIn(String viewId) {
        newdeal.testing.Waiting.until(() -> !results(viewId).isEmpty(), E2e.WAIT, () -> "no result in " + viewId);
    }

    /** The text of the one views.update that showed the result in the view. */
    private String theOneResultShownIn(String viewId) {
        assertThat(results(viewId)).hasSize(1);
        return Views.text(results(viewId).get(0).json("view"));
    }

    private List<RecordedCall> results(String viewId) {
        return e2e.slack.updatesOf(viewId).stream().filter(c -> c.param("view").contains("/opportunities/")).toList();
    }

    private SlackHttp.Answer sendAfter(CountDownLatch go, SignedRequest request) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return e2e.send(request);
    }

    private void awaitReplyAbout(String name) {
        newdeal.testing.Waiting.until(() -> !replies(name).isEmpty(), E2e.WAIT, () -> "no reply about " + name);
    }

    /** The blocks of the one reply about the deal. */
    private String theOneReplyAbout(String name) {
        assertThat(replies(name)).hasSize(1);
        return replies(name).get(0).body().path("blocks").toString();
    }

    private List<ResponseUrlPost> replies(String name) {
        return e2e.slack.responseUrlPosts().stream().filter(p -> p.body().toString().contains(name)).toList();
    }
}
