package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import newdeal.sandbox.Fault;
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

        assertThat(first.body()).isEmpty();
        assertThat(second.body()).isEmpty();
        assertThat(e2e.pipeliner.opportunitiesNamed("Twice in a row")).hasSize(1);
        assertOneReplyAbout("Twice in a row");
    }

    @Test
    void creates_one_opportunity_when_the_same_view_is_submitted_twice_at_the_same_instant() throws Exception {
        e2e.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withLatency(Duration.ofMillis(150)));
        SlackForm form = rep.readyForm("Twice at once").number("value", "100");
        SignedRequest submission = e2e.requests.viewSubmission(form);
        CountDownLatch go = new CountDownLatch(1);

        List<CompletableFuture<SlackHttp.Answer>> answers = List.of(
                CompletableFuture.supplyAsync(() -> sendAfter(go, submission)),
                CompletableFuture.supplyAsync(() -> sendAfter(go, submission)));
        go.countDown();

        assertThat(answers).allSatisfy(a -> assertThat(a.get().status()).isEqualTo(200));
        assertThat(e2e.parse(answers.get(0).get().body()).path("response_action").asText())
                .isEqualTo(e2e.parse(answers.get(1).get().body()).path("response_action").asText());
        assertThat(e2e.pipeliner.opportunitiesNamed("Twice at once")).hasSize(1);
        assertOneReplyAbout("Twice at once");
    }

    @Test
    void answers_the_second_submission_of_a_slow_create_with_the_same_creating_view_and_replies_once() {
        e2e.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withLatency(Duration.ofMillis(1500)));
        SlackForm form = rep.readyForm("Twice while slow").number("value", "100");

        SlackHttp.Answer first = rep.submit(form);
        SlackHttp.Answer second = rep.submit(form);

        assertThat(e2e.parse(first.body()).path("response_action").asText()).isEqualTo("update");
        assertThat(e2e.parse(second.body()).path("response_action").asText()).isEqualTo("update");
        newdeal.testing.Waiting.until(() -> !e2e.pipeliner.opportunitiesNamed("Twice while slow").isEmpty(),
                E2e.WAIT, () -> "not created");
        assertThat(e2e.pipeliner.opportunitiesNamed("Twice while slow")).hasSize(1);
        assertOneReplyAbout("Twice while slow");
    }

    private static SlackHttp.Answer sendAfter(CountDownLatch go, SignedRequest request) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return e2e.send(request);
    }

    private static void assertOneReplyAbout(String name) {
        newdeal.testing.Waiting.until(() -> replies(name) >= 1, E2e.WAIT, () -> "no reply about " + name);
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(replies(name)).isEqualTo(1);
    }

    private static long replies(String name) {
        return e2e.slack.responseUrlPosts().stream().filter(p -> p.body().toString().contains(name)).count();
    }
}
