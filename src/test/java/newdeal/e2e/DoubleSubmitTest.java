package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import newdeal.sandbox.Fault;
import newdeal.testing.RecordedCall;
import newdeal.testing.ResponseUrlPost;
import newdeal.testing.SignedRequest;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same view submitted twice makes one opportunity, and the second submission gets the first one's result. */
class DoubleSubmitTest {
    private static E2e e2e;
    private static Rep rep;

    @BeforeAll
    static void start() {
        // Creates may take 5 s here, so a 1.5 s Pipeliner outlasts both submissions' waits without timing out.
        e2e = E2e.warm(new newdeal.Main.Timings(Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(3),
                Duration.ofMinutes(10), Duration.ofSeconds(2), E2e.SLACK_TIMINGS));
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
    void creates_one_opportunity_when_the_same_view_is_submitted_twice_in_a_row() {
        SlackForm form = rep.readyForm("Twice in a row").number("value", "100");

        SlackHttp.Answer first = rep.submit(form);
        SlackHttp.Answer second = rep.submit(form);

        // An empty answer closes the modal, which only a created deal does: the second got the first's result.
        assertThat(first.body()).isEmpty();
        assertThat(second.body()).isEmpty();
        String id = theOneStored("Twice in a row");
        assertThat(theOneReplyAbout("Twice in a row")).contains("/opportunities/" + id + "/detail|Twice in a row>");
    }

    @Test
    void creates_one_opportunity_when_the_same_view_is_submitted_twice_at_the_same_instant() throws Exception {
        // Slower than both submissions' wait: each is answered "Creating…", and the view ends showing the result.
        e2e.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withLatency(Duration.ofMillis(900)));
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
        String id = theOneStored("Twice at once");
        assertThat(theOneResultShownIn(viewId)).contains("/opportunities/" + id + "/detail|Twice at once>");
        assertThat(theOneReplyAbout("Twice at once")).contains("/opportunities/" + id + "/detail|Twice at once>");
    }

    @Test
    void answers_the_second_submission_of_a_slow_create_with_the_same_creating_view_and_replies_once() {
        e2e.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withLatency(Duration.ofMillis(1500)));
        SlackForm form = rep.readyForm("Twice while slow").number("value", "100");
        String viewId = form.view().path("id").asText();

        SlackHttp.Answer first = rep.submit(form);
        SlackHttp.Answer second = rep.submit(form);

        assertCreating(first, "Twice while slow");
        assertCreating(second, "Twice while slow");
        String id = theOneStored("Twice while slow");
        assertThat(theOneResultShownIn(viewId)).contains("/opportunities/" + id + "/detail|Twice while slow>");
        assertThat(theOneReplyAbout("Twice while slow"))
                .contains("/opportunities/" + id + "/detail|Twice while slow>");
    }

    private static void assertCreating(SlackHttp.Answer answer, String name) {
        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = e2e.parse(answer.body());
        assertThat(body.path("response_action").asText()).isEqualTo("update");
        assertThat(Views.text(body.path("view"))).contains("Creating").contains(name);
    }

    /** Waits for the opportunity, checks it is the only one of that name, and returns its id. */
    private static String theOneStored(String name) {
        newdeal.testing.Waiting.until(() -> !e2e.pipeliner.opportunitiesNamed(name).isEmpty(), E2e.WAIT,
                () -> "no opportunity named " + name);
        List<JsonNode> stored = e2e.pipeliner.opportunitiesNamed(name);
        assertThat(stored).hasSize(1);
        return stored.get(0).path("id").asText();
    }

    /** The text of the one views.update that showed the result in the view (after a short wait for a second). */
    private static String theOneResultShownIn(String viewId) {
        newdeal.testing.Waiting.until(() -> !results(viewId).isEmpty(), E2e.WAIT, () -> "no result in " + viewId);
        pause();
        assertThat(results(viewId)).hasSize(1);
        return Views.text(results(viewId).get(0).json("view"));
    }

    private static List<RecordedCall> results(String viewId) {
        return e2e.slack.calls("views.update").stream().filter(c -> viewId.equals(c.param("view_id")))
                .filter(c -> c.param("view").contains("/opportunities/")).toList();
    }

    private static SlackHttp.Answer sendAfter(CountDownLatch go, SignedRequest request) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return e2e.send(request);
    }

    /** The blocks of the one reply about the deal (after a short wait for a second). */
    private static String theOneReplyAbout(String name) {
        newdeal.testing.Waiting.until(() -> !replies(name).isEmpty(), E2e.WAIT, () -> "no reply about " + name);
        pause();
        assertThat(replies(name)).hasSize(1);
        return replies(name).get(0).body().path("blocks").toString();
    }

    private static List<ResponseUrlPost> replies(String name) {
        return e2e.slack.responseUrlPosts().stream().filter(p -> p.body().toString().contains(name)).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
