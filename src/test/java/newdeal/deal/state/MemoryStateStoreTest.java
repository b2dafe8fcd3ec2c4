package newdeal.deal.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The in-memory store's bounds: each family holds at most its cap, and the cap never takes a claim in flight. */
class MemoryStateStoreTest {
    private static final int CAP = 5;

    private final MemoryStateStore store = new MemoryStateStore(Lifetimes.defaults(), CAP, Ticker.systemTicker(),
            Runnable::run);

    @Test
    void keeps_at_most_its_cap_of_finished_submissions_and_every_claim_in_flight() {
        List<Claim.Claimed> inFlight = IntStream.range(0, 40)
                .mapToObj(i -> (Claim.Claimed) store.claim("held-" + i)).toList();
        IntStream.range(0, 100).forEach(i -> store.finish((Claim.Claimed) store.claim("done-" + i), "outcome " + i));

        assertThat(store.sizes()).containsEntry("claims in flight", 40L)
                .hasEntrySatisfying("finished submissions", n -> assertThat(n).isBetween(1L, (long) CAP));
        assertThat(inFlight).allSatisfy(c -> assertThat(store.claim(c.submissionKey())).isEqualTo(new Claim.Held()));
        assertThat(inFlight).allSatisfy(c -> assertThat(store.finish(c, "created")).isTrue());
        assertThat(store.sizes()).containsEntry("claims in flight", 0L)
                .hasEntrySatisfying("finished submissions", n -> assertThat(n).isBetween(1L, (long) CAP));
    }

    @Test
    void keeps_at_most_its_cap_of_claims_made_markers_and_modals() {
        IntStream.range(0, 100).forEach(i -> store.claim("claimed-" + i));
        for (Marker marker : Marker.values()) {
            IntStream.range(0, 100).forEach(i -> store.markFirst(marker, "id-" + i));
        }
        IntStream.range(0, 100).forEach(i -> store.writeModal("V" + i, 0, "state " + i));

        assertThat(store.sizes()).containsEntry("claims in flight", 100L)
                .hasEntrySatisfying("claims made", n -> assertThat(n).isBetween(1L, (long) CAP))
                .hasEntrySatisfying("REPLY_SENT", n -> assertThat(n).isBetween(1L, (long) CAP))
                .hasEntrySatisfying("SIGNATURE_SEEN", n -> assertThat(n).isBetween(1L, (long) CAP))
                .hasEntrySatisfying("OPPORTUNITY_CREATED_BY", n -> assertThat(n).isBetween(1L, (long) CAP))
                .hasEntrySatisfying("modals", n -> assertThat(n).isBetween(1L, (long) CAP));
    }

    @Test
    void says_it_is_the_memory_store_and_always_answers() {
        assertThat(store.health()).isEqualTo(new StateHealth("memory", true));
    }
}
