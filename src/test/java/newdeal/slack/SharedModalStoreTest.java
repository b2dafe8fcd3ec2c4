package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import newdeal.deal.state.Lifetimes;
import newdeal.deal.state.MemoryStateStore;
import newdeal.deal.state.RedisStateStore;
import newdeal.deal.state.StateStore;
import newdeal.slack.modal.FormValues;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.ModalStore;
import newdeal.slack.modal.Samples;
import newdeal.testing.RedisServer;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A modal's state kept in the shared {@link StateStore}, in memory and in a real redis-server, shared by two app
 * instances: what one wrote, the other reads, and compare-and-set holds across them.
 */
class SharedModalStoreTest {
    @RegisterExtension
    static final RedisServer REDIS = RedisServer.plain();

    enum Kind { MEMORY, REDIS }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void reads_on_one_instance_the_state_the_other_wrote_and_refuses_a_write_over_a_version_it_did_not_read(Kind kind) {
        try (Instances two = new Instances(kind)) {
            ModalState typed = Samples.state(Samples.fresh("Shared deal")).ownerPicked("user-tom")
                    .failed(List.of("Pipeliner is down."));

            assertThat(two.first.replace("V1", ModalStore.ABSENT, typed)).isTrue();
            ModalStore.Versioned<ModalState> read = two.second.get("V1").orElseThrow();

            assertThat(read.value()).isEqualTo(typed);
            assertThat(two.first.replace("V1", ModalStore.ABSENT, typed)).as("not absent any more").isFalse();
            assertThat(two.second.replace("V1", read.version(), typed.retried())).isTrue();
            assertThat(two.first.replace("V1", read.version(), typed.withHash("stale"))).isFalse();
            assertThat(two.first.get("V1").orElseThrow().value()).isEqualTo(typed.retried());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void applies_an_update_again_to_what_another_instance_wrote_in_between(Kind kind) {
        try (Instances two = new Instances(kind)) {
            two.first.put("V2", Samples.state());
            boolean[] raced = {false};

            Optional<ModalState> last = two.first.update("V2", current -> {
                if (!raced[0]) {
                    raced[0] = true;
                    two.second.put("V2", current.orElseThrow().failed(List.of("from the other instance")));
                }
                return current.map(s -> s.ownerPicked("user-tom"));
            });

            assertThat(last.orElseThrow().notices()).containsExactly("from the other instance");
            assertThat(last.orElseThrow().values().ownerId()).isEqualTo("user-tom");
            assertThat(two.second.get("V2").orElseThrow().value()).isEqualTo(last.orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void starts_afresh_from_a_stored_state_it_cannot_read(Kind kind) {
        try (Instances two = new Instances(kind)) {
            two.stores.get(0).writeModal("V3", 0, "{\"values\": \"not a form\"}");

            ModalStore.Versioned<ModalState> read = two.first.get("V3").orElseThrow();

            assertThat(read.value().values()).isEqualTo(FormValues.fresh(null, null));
            assertThat(two.first.replace("V3", read.version(), Samples.state())).isTrue();
        }
    }

    /** Two app instances' modal stores over one state store: the same memory store, or two clients of one Redis. */
    private static final class Instances implements AutoCloseable {
        final List<StateStore> stores;
        final ModalStore first;
        final ModalStore second;

        Instances(Kind kind) {
            if (kind == Kind.MEMORY) {
                MemoryStateStore memory = new MemoryStateStore(Lifetimes.defaults());
                stores = List.of(memory, memory);
            } else {
                REDIS.running().admin().flushall();
                stores = List.of(redis(), redis());
            }
            first = NewDealSlack.modalsIn(stores.get(0), Samples.JSON);
            second = NewDealSlack.modalsIn(stores.get(1), Samples.JSON);
        }

        private static StateStore redis() {
            RedisStateStore store = RedisStateStore.open(REDIS.endpoint(), Lifetimes.defaults(), Duration.ofSeconds(5));
            Waiting.until("the store connects to Redis", Duration.ofSeconds(60), () -> store.health().reachable());
            return store;
        }

        @Override
        public void close() {
            stores.forEach(StateStore::close);
        }
    }
}
