package newdeal.deal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import newdeal.testing.RedisServer;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The first-sighting markers and the modal's compare-and-set of {@link StateStore}, for both implementations. */
class MarkersAndModalsContractTest {
    @RegisterExtension
    static final RedisServer redis = RedisServer.plain();

    private static final Lifetimes LIFETIMES = Lifetimes.defaults();

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void keeps_the_first_value_put_for_an_id_and_tells_every_later_caller(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            List<StateStore> instances = stores.instances(LIFETIMES, 2);
            Marker createdBy = Marker.OPPORTUNITY_CREATED_BY;

            assertThat(instances.get(0).putIfAbsent(createdBy, "opp-1", "V1#0")).isEmpty();
            assertThat(instances.get(1).putIfAbsent(createdBy, "opp-1", "V2#0")).contains("V1#0");
            assertThat(instances.get(0).putIfAbsent(createdBy, "opp-1", "V1#0")).contains("V1#0");
            assertThat(instances.get(1).putIfAbsent(createdBy, "opp-2", "V2#0")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void marks_an_id_first_for_exactly_one_of_many_callers_at_once(Stores.Kind kind) throws Exception {
        try (Stores stores = new Stores(kind, redis)) {
            List<StateStore> instances = stores.instances(LIFETIMES, 2);

            List<Boolean> first = Race.run(16, i -> () -> instances.get(i % 2).markFirst(Marker.REPLY_SENT, "V1#0"));

            assertThat(first).containsOnlyOnce(true);
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void keeps_each_marker_family_apart_and_for_its_own_lifetime(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            StateStore store = stores.open(LIFETIMES);
            String id = "v0=a3f1";
            for (Marker marker : Marker.values()) {
                assertThat(store.markFirst(marker, id)).as(marker.name()).isTrue();
            }

            stores.advance(LIFETIMES.signatureSeen().plusSeconds(1));

            assertThat(store.markFirst(Marker.SIGNATURE_SEEN, id)).as("a signature seen 5 min ago").isTrue();
            assertThat(store.markFirst(Marker.REPLY_SENT, id)).isFalse();
            assertThat(store.markFirst(Marker.OPPORTUNITY_CREATED_BY, id)).isFalse();
            stores.advance(LIFETIMES.opportunityCreatedBy());
            assertThat(store.markFirst(Marker.OPPORTUNITY_CREATED_BY, id)).isTrue();
            assertThat(store.markFirst(Marker.REPLY_SENT, id)).isFalse();
            stores.advance(LIFETIMES.replySent());
            assertThat(store.markFirst(Marker.REPLY_SENT, id)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void writes_a_modal_only_over_the_version_the_writer_read(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            List<StateStore> instances = stores.instances(LIFETIMES, 2);
            StateStore a = instances.get(0);
            StateStore b = instances.get(1);
            assertThat(a.readModal("V1")).isEmpty();

            assertThat(a.writeModal("V1", 0, "{\"account\":null}")).isTrue();
            assertThat(b.writeModal("V1", 0, "{\"account\":\"stale\"}")).as("a second first write").isFalse();
            assertThat(b.readModal("V1")).contains(new Versioned(1, "{\"account\":null}"));
            assertThat(b.writeModal("V1", 1, "{\"account\":\"A-1\"}")).isTrue();
            assertThat(a.writeModal("V1", 1, "{\"owner\":\"U-9\"}")).as("a write over a stale version").isFalse();

            assertThat(a.readModal("V1")).contains(new Versioned(2, "{\"account\":\"A-1\"}"));
            assertThat(a.readModal("V2")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void loses_no_change_when_two_instances_change_one_modal_at_once(Stores.Kind kind) throws Exception {
        try (Stores stores = new Stores(kind, redis)) {
            List<StateStore> instances = stores.instances(LIFETIMES, 2);

            Race.run(8, i -> () -> {
                for (int n = 0; n < 25; n++) {
                    increment(instances.get(i % 2), "V1");
                }
                return null;
            });

            assertThat(instances.get(0).readModal("V1")).contains(new Versioned(200, "200"));
        }
    }

    private static void increment(StateStore store, String viewId) {
        while (true) {
            Optional<Versioned> read = store.readModal(viewId);
            long version = read.map(Versioned::version).orElse(0L);
            long count = read.map(v -> Long.parseLong(v.value())).orElse(0L);
            if (store.writeModal(viewId, version, Long.toString(count + 1))) {
                return;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void keeps_a_modal_for_its_lifetime_from_the_last_write_then_starts_again_at_version_one(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            StateStore store = stores.open(LIFETIMES);
            store.writeModal("V1", 0, "opened");
            stores.advance(LIFETIMES.modal().minusMinutes(10));
            assertThat(store.writeModal("V1", 1, "account chosen")).isTrue();
            stores.advance(LIFETIMES.modal().minusMinutes(10));
            assertThat(store.readModal("V1")).contains(new Versioned(2, "account chosen"));

            stores.advance(Duration.ofMinutes(11));

            assertThat(store.readModal("V1")).isEmpty();
            assertThat(store.writeModal("V1", 2, "late")).as("a write over an expired version").isFalse();
            assertThat(store.writeModal("V1", 0, "reopened")).isTrue();
            assertThat(store.readModal("V1")).contains(new Versioned(1, "reopened"));
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void answers_unavailable_once_closed(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            StateStore store = stores.open(LIFETIMES);
            store.close();

            assertThatThrownBy(() -> store.claim("V1#0")).isInstanceOf(StateUnavailableException.class)
                    .hasMessageContaining("state store is closed");
            assertThatThrownBy(() -> store.readModal("V1")).isInstanceOf(StateUnavailableException.class);
            assertThat(store.health().reachable()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void says_which_store_it_is_and_that_it_answers(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            assertThat(stores.open(LIFETIMES).health())
                    .isEqualTo(new StateHealth(kind.name().toLowerCase(java.util.Locale.ROOT), true));
        }
    }
}
