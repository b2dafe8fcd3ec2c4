package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import newdeal.testing.MutableClock;
import org.junit.jupiter.api.Test;

class InMemorySeenSignaturesTest {
    private final MutableClock clock = new MutableClock();

    @Test
    void says_first_time_once_per_signature_within_its_window() {
        InMemorySeenSignatures seen = new InMemorySeenSignatures(clock);

        assertThat(seen.firstTime("v0=aa", Duration.ofMinutes(5))).isTrue();
        assertThat(seen.firstTime("v0=aa", Duration.ofMinutes(5))).isFalse();
        assertThat(seen.firstTime("v0=bb", Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void forgets_a_signature_once_its_window_has_passed() {
        InMemorySeenSignatures seen = new InMemorySeenSignatures(clock);
        seen.firstTime("v0=short", Duration.ofMinutes(1));
        seen.firstTime("v0=long", Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(2));

        assertThat(seen.kept()).isEqualTo(1);
        assertThat(seen.firstTime("v0=long", Duration.ofMinutes(10))).isFalse();
    }

    @Test
    void keeps_at_most_its_cap_of_signatures() {
        InMemorySeenSignatures seen = new InMemorySeenSignatures(clock, 100);

        for (int i = 0; i < 1_000; i++) {
            seen.firstTime("v0=" + i, Duration.ofMinutes(10));
        }

        assertThat(seen.kept()).isLessThanOrEqualTo(100);
    }
}
