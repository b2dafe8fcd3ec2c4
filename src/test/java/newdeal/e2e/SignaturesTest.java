package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newdeal.testing.RecordedCall;
import newdeal.testing.SignedRequest;
import newdeal.testing.SlackHttp;
import newdeal.testing.SlackRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Only requests signed with the app's signing secret, at most 5 minutes old, cause anything. That nothing happened is
 * read after a later, known event: a genuine command sent once the refused request was answered, whose form opens.
 */
class SignaturesTest {
    private static final SlackRequests FORGER = new SlackRequests("another0signing0secret0000000000");
    @RegisterExtension
    static final AppExtension APP = AppExtension.shared();
    private final E2e e2e = APP.e2e();

    @Test
    void refuses_a_command_signed_with_another_secret_with_401_and_opens_nothing() {
        assertNothingHappensFor(FORGER.command(command("forged")));
    }

    @Test
    void refuses_a_command_signed_six_minutes_ago_with_401_and_opens_nothing() {
        SignedRequest command = e2e.requests.command(command("stale"));
        SignedRequest stale = e2e.requests.sign(command.body(), SlackRequests.FORM,
                Instant.now().minus(Duration.ofMinutes(6)));

        assertNothingHappensFor(stale);
    }

    @Test
    void refuses_an_unsigned_command_with_401_and_opens_nothing() {
        assertNothingHappensFor(e2e.requests.command(command("unsigned")).withoutSignature());
    }

    @Test
    void refuses_a_body_altered_after_signing_with_401_and_opens_nothing() {
        SignedRequest signed = e2e.requests.command(command("honest"));
        SignedRequest altered = signed.withBody(signed.body().replace("honest", "altered"));

        assertNothingHappensFor(altered);
    }

    @Test
    void refuses_a_forged_view_submission_with_401_and_creates_nothing() {
        Rep rep = new Rep(e2e);
        // A form that would create the deal, were it signed with the app's secret.
        SignedRequest forged = FORGER.viewSubmission(rep.readyForm("Forged submission deal").number("value", "10"));

        SlackHttp.Answer answer = e2e.send(forged);

        assertThat(answer.status()).isEqualTo(401);
        // A create starts before its submission is answered: a genuine one submitted after this answer is the later
        // event.
        rep.submit(rep.readyForm("Genuine deal after a forged one").number("value", "10"));
        newdeal.testing.Waiting.until(() -> !e2e.sandbox.opportunitiesNamed("Genuine deal after a forged one")
                .isEmpty(), E2e.WAIT, () -> "the genuine deal was not created");
        assertThat(e2e.sandbox.opportunitiesNamed("Forged submission deal")).isEmpty();
    }

    @Test
    void answers_400_to_a_body_that_is_no_slack_request() {
        SignedRequest json = e2e.requests.sign("{\"hello\":\"world\"}", "application/json", Instant.now());
        SignedRequest form = e2e.requests.sign("name=x&other=y", SlackRequests.FORM, Instant.now());
        SignedRequest broken = e2e.requests.sign("payload=%7Bnot-json", SlackRequests.FORM, Instant.now());

        assertThat(e2e.send(json).status()).isEqualTo(400);
        assertThat(e2e.send(form).status()).isEqualTo(400);
        assertThat(e2e.send(broken).status()).isEqualTo(400);
    }

    /** A command with a trigger and response_url of its own, so whatever it caused can be told apart. */
    private Map<String, String> command(String name) {
        return Map.of("text", name + " deal", "trigger_id", "trigger-" + name + "-" + System.nanoTime(),
                "response_url", e2e.slack.responseUrl(name + "-" + System.nanoTime()));
    }

    private void assertNothingHappensFor(SignedRequest request) {
        int opened = e2e.slack.calls("views.open").size();

        SlackHttp.Answer answer = e2e.send(request);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at newdeal");
        e2e.openForm("Marker after a refused request");
        // A command opens its form while it is answered, and everything else it causes follows from that form: so the
        // refused request caused nothing if the only form opened since is the marker's.
        List<RecordedCall> since = e2e.slack.calls("views.open");
        assertThat(since.subList(opened, since.size())).singleElement()
                .satisfies(open -> assertThat(open.json("view").toString()).contains("Marker after a refused request"));
    }
}
