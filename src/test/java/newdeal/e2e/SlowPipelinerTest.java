package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import newdeal.sandbox.Fault;
import newdeal.testing.RecordedCall;
import newdeal.testing.SlackHttp;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Slack's trigger lasts about 3 s: views.open comes within 1 s whatever Pipeliner does. */
class SlowPipelinerTest {
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    @RegisterExtension
    static final AppExtension APP = AppExtension.shared();
    /** The pipelines are held until the test lets them through, so the catalog is cold when the command comes. */
    @RegisterExtension
    final AppExtension coldStart = AppExtension.own(() -> E2e.cold(
            s -> s.faults().add(Fault.on("GET", "/entities/Pipelines").held()),
            E2e.TIMINGS.withCreateDeadline(Duration.ofMillis(1500)).withCatalogLoad(Duration.ofSeconds(10))
                    .withSlack(s -> s.withCatalogWait(Duration.ofSeconds(10)))));
    /** Every Pipeliner request fails: the catalog never loads. */
    @RegisterExtension
    final AppExtension down = AppExtension.own(
            () -> E2e.cold(s -> s.faults().add(Fault.on("GET", "/").withStatus(503))));

    @Test
    void opens_the_form_within_a_second_while_every_pipeliner_call_takes_two_seconds() {
        E2e e2e = APP.e2e();
        e2e.openForm("Warm-up");
        e2e.sandbox.faults().add(Fault.on("*", "/").withLatency(Duration.ofSeconds(2)));
        e2e.slack.user("U0007GUS", E2e.REP_EMAIL);
        int opened = e2e.slack.calls("views.open").size();

        Instant sent = Instant.now();
        SlackHttp.Answer answer = e2e.send(e2e.requests.command(Map.of("user_id", "U0007GUS",
                "response_url", e2e.nextResponseUrl(), "text", "Slow day")));

        assertThat(answer.status()).isEqualTo(200);
        RecordedCall open = e2e.slack.awaitCalls("views.open", opened + 1, E2e.WAIT).get(opened);
        assertThat(Duration.between(sent, open.at())).isLessThan(ONE_SECOND);
        assertThat(Views.actionIds(open.json("view"))).contains("deal_name", "step", "owner");
    }

    @Test
    void opens_a_loading_modal_at_once_while_the_catalog_is_cold_then_fills_it_in() {
        E2e e2e = coldStart.e2e();
        e2e.openForm("Warm-up");
        Instant sent = Instant.now();
        e2e.send(e2e.requests.command("Cold start", e2e.nextResponseUrl()));

        RecordedCall open = e2e.slack.awaitCalls("views.open", 2, E2e.WAIT).get(1);
        assertThat(Duration.between(sent, open.at())).isLessThan(ONE_SECOND);
        JsonNode loading = open.json("view");
        assertThat(Views.text(loading)).contains("Loading");
        assertThat(Views.actionIds(loading)).isEmpty();
        String viewId = e2e.slack.lastOpenedViewId().orElseThrow();
        String openedHash = e2e.view(viewId).path("hash").asText();

        e2e.sandbox.faults().clear(); // Pipeliner lists the pipelines at last

        RecordedCall filled = e2e.slack.awaitUpdates(viewId, 1, Duration.ofSeconds(8)).get(0);
        assertThat(filled.param("hash")).isEqualTo(openedHash);
        assertThat(Views.actionIds(filled.json("view"))).contains("deal_name", "account", "step");
        assertThat(Views.element(filled.json("view"), "deal_name").path("initial_value").asText())
                .isEqualTo("Cold start");
    }

    @Test
    void says_plainly_in_the_modal_that_pipeliner_is_down_when_the_catalog_cannot_load() {
        E2e e2e = down.e2e();
        Waiting.until(() -> e2e.health().path("pipeliner").path("last_error").isTextual(), E2e.WAIT,
                () -> "the first catalog load did not fail: " + e2e.health());

        e2e.send(e2e.requests.command("Down day", e2e.nextResponseUrl()));

        JsonNode view = e2e.slack.awaitCall("views.open", E2e.WAIT).json("view");
        assertThat(Views.text(view)).contains("cannot load").contains("Pipeliner is not answering")
                .contains("Nothing was sent to Pipeliner");
        assertThat(view.has("submit")).isFalse();
    }
}
