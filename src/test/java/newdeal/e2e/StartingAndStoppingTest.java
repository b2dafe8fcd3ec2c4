package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import newdeal.Main;
import newdeal.sandbox.Fault;
import newdeal.sandbox.Faults;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import newdeal.testing.SlackRequests;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Main as the composition root: the embedded sandbox and a graceful stop. (Configuration problems are ConfigTest's and,
 * as an admin sees them, StartupTest's; /healthz is HealthHandlerTest's and StartupTest's.)
 */
class StartingAndStoppingTest {
    @RegisterExtension
    final AppExtension app = AppExtension.own(E2e::warm);
    /** The submit waits up to 1.5 s for a create that takes 0.8 s: the stop comes while it waits. */
    @RegisterExtension
    final AppExtension patient = AppExtension.own(
            () -> E2e.warm(E2e.TIMINGS.withSlack(s -> s.withSubmitWait(Duration.ofMillis(1500)))));

    @Test
    void uses_the_embedded_sandbox_when_no_pipeliner_service_url_is_set() {
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            Main.Running embedded = Main.start(E2e.env(null, slack), E2e.TIMINGS);
            try {
                SlackRequests requests = new SlackRequests(E2e.SIGNING_SECRET);
                String events = "http://127.0.0.1:" + embedded.port() + "/slack/events";
                Waiting.until(() -> {
                    SlackHttp.post(events, requests.command("Embedded", slack.responseUrl("e")));
                    return slack.calls("views.open").stream()
                            .anyMatch(c -> c.json("view").toString().contains("Qualification · 10 %"));
                }, E2e.WAIT, () -> "the form never showed the sandbox's steps: " + slack.calls());
                assertThat(slack.calls("auth.test")).isNotEmpty();
            } finally {
                embedded.stop();
            }
        }
    }

    @Test
    void lets_a_create_in_flight_finish_when_the_app_is_stopped() {
        E2e e2e = app.e2e();
        e2e.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withLatency(Duration.ofMillis(1000)));
        SlackForm form = new Rep(e2e).readyForm("Finished on shutdown").number("value", "3");
        SlackHttp.Answer answer = new Rep(e2e).submit(form);
        assertThat(e2e.parse(answer.body()).path("response_action").asText()).isEqualTo("update");

        e2e.stopApp();

        assertThat(e2e.sandbox.opportunitiesNamed("Finished on shutdown")).hasSize(1);
    }

    @Test
    void answers_a_submit_still_waiting_for_its_create_when_the_app_is_stopped() {
        E2e e2e = patient.e2e();
        Faults.Active slowCreate = e2e.sandbox.faults()
                .add(Fault.on("POST", "/entities/Opportunities$").withLatency(Duration.ofMillis(800)));
        SlackForm form = new Rep(e2e).readyForm("Answered on shutdown").number("value", "4");
        CompletableFuture<SlackHttp.Answer> submitted = CompletableFuture.supplyAsync(() -> new Rep(e2e).submit(form));
        Waiting.until(() -> slowCreate.hits() > 0, E2e.WAIT, () -> "the create never reached Pipeliner");

        e2e.stopApp();

        SlackHttp.Answer answer = submitted.join();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).as("a plain ack closes the modal: the deal exists").isEmpty();
        assertThat(e2e.sandbox.opportunitiesNamed("Answered on shutdown")).hasSize(1);
        assertThat(e2e.slack.responseUrlPosts()).singleElement()
                .satisfies(reply -> assertThat(reply.body().toString()).contains("Answered on shutdown"));
    }
}
