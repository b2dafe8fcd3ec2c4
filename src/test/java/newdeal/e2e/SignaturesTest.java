package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import newdeal.testing.SignedRequest;
import newdeal.testing.SlackHttp;
import newdeal.testing.SlackRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only requests signed with the app's signing secret, at most 5 minutes old, cause anything. */
class SignaturesTest {
    private static E2e e2e;

    @BeforeAll
    static void start() {
        e2e = E2e.warm();
    }

    @AfterAll
    static void stop() {
        e2e.close();
    }

    @Test
    void refuses_a_command_signed_with_another_secret_with_401_and_opens_nothing() throws Exception {
        SignedRequest forged = new SlackRequests("another0signing0secret0000000000")
                .command("Forged deal", e2e.nextResponseUrl());

        assertNothingHappensFor(forged);
    }

    @Test
    void refuses_a_command_signed_six_minutes_ago_with_401_and_opens_nothing() throws Exception {
        SignedRequest command = e2e.requests.command("Stale deal", e2e.nextResponseUrl());
        SignedRequest stale = e2e.requests.sign(command.body(), SlackRequests.FORM,
                Instant.now().minus(Duration.ofMinutes(6)));

        assertNothingHappensFor(stale);
    }

    @Test
    void refuses_an_unsigned_command_with_401_and_opens_nothing() throws Exception {
        assertNothingHappensFor(e2e.requests.command("Unsigned", e2e.nextResponseUrl()).withoutSignature());
    }

    @Test
    void refuses_a_body_altered_after_signing_with_401_and_opens_nothing() throws Exception {
        SignedRequest signed = e2e.requests.command("Honest", e2e.nextResponseUrl());
        SignedRequest altered = signed.withBody(signed.body().replace("Honest", "Altered"));

        assertNothingHappensFor(altered);
    }

    @Test
    void refuses_a_forged_view_submission_with_401_and_creates_nothing() throws Exception {
        String viewId = e2e.openForm("Real form");
        int before = e2e.pipeliner.opportunityCount();
        SignedRequest forged = new SlackRequests("another0signing0secret0000000000")
                .viewSubmission(e2e.form(viewId).number("value", "10"));

        SlackHttp.Answer answer = e2e.send(forged);

        assertThat(answer.status()).isEqualTo(401);
        Thread.sleep(300);
        assertThat(e2e.pipeliner.opportunityCount()).isEqualTo(before);
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

    private static void assertNothingHappensFor(SignedRequest request) throws InterruptedException {
        int callsBefore = e2e.slack.calls().size();

        SlackHttp.Answer answer = e2e.send(request);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at newdeal");
        Thread.sleep(300);
        assertThat(e2e.slack.calls().subList(callsBefore, e2e.slack.calls().size())).isEmpty();
    }
}
