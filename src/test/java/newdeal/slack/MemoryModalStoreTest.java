package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.ModalStore;
import newdeal.slack.modal.Samples;
import org.junit.jupiter.api.Test;

/** Compare-and-set on the modals' states, and the bounds that keep the memory store from growing. */
class MemoryModalStoreTest {
    private final AtomicLong nanos = new AtomicLong();
    private final MemoryModalStore store = new MemoryModalStore(nanos::get, Duration.ofHours(1), 100);
    private final ModalState state = Samples.state();

    @Test
    void stores_a_change_only_over_the_version_it_was_read_at() {
        assertThat(store.replace("V1", ModalStore.ABSENT, state)).isTrue();
        long first = store.get("V1").orElseThrow().version();

        assertThat(store.replace("V1", ModalStore.ABSENT, state.withHash("h-2"))).as("not absent any more").isFalse();
        assertThat(store.replace("V1", first, state.withHash("h-2"))).isTrue();
        assertThat(store.replace("V1", first, state.withHash("h-3"))).as("read before h-2 was stored").isFalse();
        assertThat(store.get("V1").orElseThrow().value().hash()).isEqualTo("h-2");
    }

    @Test
    void re_applies_an_update_that_lost_a_race_to_the_state_that_won() throws Exception {
        store.put("V1", state);
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch raced = new CountDownLatch(1);
        CompletableFuture<Optional<ModalState>> slow = CompletableFuture.supplyAsync(() -> store.update("V1",
                current -> {
                    read.countDown();
                    await(raced);
                    return current.map(s -> s.ownerPicked("user-tom"));
                }));
        assertThat(read.await(2, TimeUnit.SECONDS)).isTrue();

        store.put("V1", state.failed(List.of("raced")));
        raced.countDown();

        ModalState last = slow.get(2, TimeUnit.SECONDS).orElseThrow();
        assertThat(last.notices()).as("the winner's change is kept").containsExactly("raced");
        assertThat(last.values().ownerId()).as("the loser's change is applied to it").isEqualTo("user-tom");
        assertThat(store.get("V1").orElseThrow().value()).isEqualTo(last);
    }

    @Test
    void leaves_the_store_as_it_is_when_the_change_gives_nothing() {
        assertThat(store.update("V-none", current -> current.map(s -> s.withHash("h")))).isEmpty();
        assertThat(store.get("V-none")).isEmpty();
    }

    @Test
    void forgets_a_modal_left_alone_for_an_hour() {
        store.put("V-idle", state);
        store.put("V-used", state);

        nanos.addAndGet(Duration.ofMinutes(40).toNanos());
        assertThat(store.get("V-used")).isPresent();
        nanos.addAndGet(Duration.ofMinutes(40).toNanos());

        assertThat(store.get("V-idle")).isEmpty();
        assertThat(store.get("V-used")).as("used 40 minutes ago").isPresent();
    }

    @Test
    void holds_at_most_the_number_of_views_it_was_given() {
        for (int i = 0; i < 250; i++) {
            store.put("V" + i, state);
        }

        assertThat(store.size()).isEqualTo(100);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
