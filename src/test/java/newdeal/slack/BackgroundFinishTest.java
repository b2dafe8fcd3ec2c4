package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newdeal.sandbox.Fault;
import newdeal.testing.RecordedCall;
import newdeal.testing.SlackForm;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A create that outlives the submission's wait still ends with the link in the modal and a reply. */
class BackgroundFinishTest {
    private static final String SLOW_CREATE = "/entities/Opportunities$";
    private final ExecutorService background = Executors.newFixedThreadPool(4);
    private final ExecutorService finishes = Executors.newFixedThreadPool(2);
    private InProcessApp app;

    @AfterEach
    void stop() {
        app.close();
        background.shutdownNow();
        finishes.shutdownNow();
    }

    @Test
    void finishes_in_the_background_when_the_request_thread_is_interrupted_while_waiting_for_the_create()
            throws Exception {
        app = new InProcessApp(background, finishes);
        app.sandbox.faults().add(Fault.on("POST", SLOW_CREATE).withLatency(Duration.ofMillis(600)));
        SlackForm form = app.filledForm("Interrupted deal");
        String viewId = form.view().path("id").asText();

        Response answer;
        Thread.currentThread().interrupt();
        try {
            answer = app.run(app.requests.viewSubmission(form));
        } finally {
            assertThat(Thread.interrupted()).as("the listener kept the interrupt").isTrue();
        }

        assertThat(answer.getBody()).contains("\"response_action\":\"update\"").contains("Creating");
        app.slack.applySubmissionAnswer(form, answer.getBody());
        awaitUpdateShowing(viewId, "https://crm.example.test/opportunities/");
        assertThat(app.slack.awaitResponseUrlPost(Duration.ofSeconds(3)).body().toString())
                .contains("Interrupted deal");
    }

    @Test
    void shows_the_result_and_replies_while_every_background_thread_is_stuck_on_a_slow_pipeliner() throws Exception {
        ExecutorService stuck = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            app = new InProcessApp(stuck, finishes);
            app.sandbox.faults().add(Fault.on("POST", SLOW_CREATE).withLatency(Duration.ofMillis(600)));
            SlackForm form = app.filledForm("Deal behind a queue");
            stuck.execute(() -> awaitQuietly(release)); // a search waiting on Pipeliner, say
            String viewId = form.view().path("id").asText();

            Response answer = app.run(app.requests.viewSubmission(form));

            assertThat(answer.getBody()).contains("Creating");
            app.slack.applySubmissionAnswer(form, answer.getBody());
            awaitUpdateShowing(viewId, "https://crm.example.test/opportunities/");
            assertThat(app.slack.awaitResponseUrlPost(Duration.ofSeconds(3)).body().toString())
                    .contains("Deal behind a queue");
        } finally {
            release.countDown();
            stuck.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the views.update of this view that shows {@code text} (the owner lookup may update it too). */
    private RecordedCall awaitUpdateShowing(String viewId, String text) {
        Waiting.until(() -> updateShowing(viewId, text) != null, Duration.ofSeconds(3),
                () -> "no views.update of " + viewId + " showing " + text + ": " + app.slack.calls("views.update"));
        return updateShowing(viewId, text);
    }

    private RecordedCall updateShowing(String viewId, String text) {
        return app.slack.calls("views.update").stream().filter(c -> viewId.equals(c.param("view_id")))
                .filter(c -> c.param("view").contains(text)).findFirst().orElse(null);
    }
}
