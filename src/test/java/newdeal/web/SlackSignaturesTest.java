package newdeal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import newdeal.deal.InMemorySeenSignatures;
import newdeal.testing.SignedRequest;
import newdeal.testing.SlackRequests;
import org.junit.jupiter.api.Test;

/** Which signed requests go on to Bolt: signed with our secret, stamped within 5 minutes of now, never seen. */
class SlackSignaturesTest {
    private static final String SECRET = "signatures0test0secret0000000000";
    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final SlackSignatures signatures = new SlackSignatures(SECRET, new InMemorySeenSignatures(clock), clock);
    private final SlackRequests requests = new SlackRequests(SECRET);

    @Test
    void lets_a_request_signed_now_or_within_5_minutes_either_way_go_on() {
        assertThat(check(signedAt(NOW))).isEmpty();
        assertThat(check(signedAt(NOW.minus(Duration.ofMinutes(4))))).isEmpty();
        assertThat(check(signedAt(NOW.plus(Duration.ofMinutes(4))))).isEmpty();
    }

    @Test
    void refuses_timestamps_10_minutes_a_day_and_a_year_ahead() {
        for (Duration ahead : new Duration[] {Duration.ofMinutes(10), Duration.ofDays(1), Duration.ofDays(365)}) {
            assertThat(check(signedAt(NOW.plus(ahead)))).as("%s ahead", ahead)
                    .isEqualTo("timestamp more than 5 minutes ahead");
        }
    }

    @Test
    void refuses_a_timestamp_six_minutes_old() {
        assertThat(check(signedAt(NOW.minus(Duration.ofMinutes(6))))).isEqualTo("timestamp more than 5 minutes old");
    }

    @Test
    void refuses_an_exact_replay_but_takes_the_same_body_signed_at_another_second() {
        SignedRequest first = signedAt(NOW);

        assertThat(check(first)).isEmpty();
        assertThat(check(first)).isEqualTo("replay of a request already accepted");
        assertThat(check(signedAt(NOW.plusSeconds(1)))).isEmpty();
    }

    @Test
    void does_not_count_a_refused_request_as_accepted() {
        SignedRequest tampered = signedAt(NOW).withBody("command=%2Fnew-deal&text=altered");
        SignedRequest honest = signedAt(NOW);

        assertThat(check(tampered)).isEqualTo("bad signature");
        assertThat(check(honest)).isEmpty();
    }

    @Test
    void refuses_missing_or_malformed_signature_headers() {
        SignedRequest signed = signedAt(NOW);

        assertThat(check(signed.withoutSignature())).isEqualTo("unsigned");
        assertThat(check(signed.withHeader(SignedRequest.TIMESTAMP, "soon"))).isEqualTo(
                "timestamp is no number of seconds");
        assertThat(check(signed.withHeader(SignedRequest.TIMESTAMP, String.valueOf(Long.MAX_VALUE)))).isEqualTo(
                "timestamp is no number of seconds");
        assertThat(check(signed.withHeader(SignedRequest.SIGNATURE, "v0=00"))).isEqualTo("bad signature");
        assertThat(check(new SlackRequests("another0secret0000000000000000000").sign(signed.body(),
                SlackRequests.FORM, NOW))).isEqualTo("bad signature");
    }

    private SignedRequest signedAt(Instant at) {
        return requests.sign("command=%2Fnew-deal&text=Globex", SlackRequests.FORM, at);
    }

    private String check(SignedRequest request) {
        return signatures.refusal(request.header(SignedRequest.TIMESTAMP), request.header(SignedRequest.SIGNATURE),
                request.body()).orElse("");
    }
}
