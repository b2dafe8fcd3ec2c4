package newdeal.deal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import newdeal.testing.RedisServer;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The claim, finish and release contract of {@link StateStore}, for both implementations. */
class ClaimsContractTest {
    @RegisterExtension
    static final RedisServer redis = RedisServer.plain();

    private static final Lifetimes LIFETIMES = Lifetimes.defaults();
    private static final String OUTCOME = "{\"type\":\"created\",\"id\":\"0f1e-opportunity\"}";

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void gives_a_key_to_exactly_one_of_many_claims_at_the_same_instant_from_two_instances(Stores.Kind kind)
            throws Exception {
        try (Stores stores = new Stores(kind, redis)) {
            List<StateStore> instances = stores.instances(LIFETIMES, 2);

            List<Claim> answers = Race.run(16, i -> () -> instances.get(i % 2).claim("V1#0"));

            assertThat(answers).filteredOn(Claim.Claimed.class::isInstance).hasSize(1);
            assertThat(answers).filteredOn(Claim.Held.class::isInstance).hasSize(15);
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void answers_held_while_claimed_then_the_recorded_outcome_to_every_instance(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            List<StateStore> instances = stores.instances(LIFETIMES, 2);
            Claim.Claimed claim = (Claim.Claimed) instances.get(0).claim("V1#0");

            assertThat(claim.earlierClaimLapsed()).isFalse();
            assertThat(instances.get(1).claim("V1#0")).isEqualTo(new Claim.Held());
            assertThat(instances.get(0).finish(claim, OUTCOME)).isTrue();
            assertThat(instances.get(1).claim("V1#0")).isEqualTo(new Claim.Finished(OUTCOME));
            assertThat(instances.get(0).claim("V1#0")).isEqualTo(new Claim.Finished(OUTCOME));
            assertThat(instances.get(1).claim("V1#1")).isInstanceOf(Claim.Claimed.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void lets_the_next_claim_in_after_a_release_with_nothing_to_look_for(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            StateStore store = stores.open(LIFETIMES);
            Claim.Claimed first = (Claim.Claimed) store.claim("V1#0");

            assertThat(store.release(first)).isTrue();
            Claim next = store.claim("V1#0");

            assertThat(next).isInstanceOfSatisfying(Claim.Claimed.class,
                    c -> assertThat(c.earlierClaimLapsed()).isFalse());
            assertThat(store.release(first)).as("a release of a claim no longer holding the key").isFalse();
            assertThat(store.claim("V1#0")).isEqualTo(new Claim.Held());
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void lets_the_next_claim_in_once_the_lease_lapses_and_tells_it_to_look_first(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            List<StateStore> instances = stores.instances(LIFETIMES, 2);
            Claim.Claimed dead = (Claim.Claimed) instances.get(0).claim("V1#0");
            stores.advance(LIFETIMES.claimLease().minusSeconds(2));
            assertThat(instances.get(1).claim("V1#0")).isEqualTo(new Claim.Held());

            stores.advance(Duration.ofSeconds(3));
            Claim next = instances.get(1).claim("V1#0");

            assertThat(next).isInstanceOfSatisfying(Claim.Claimed.class,
                    c -> assertThat(c.earlierClaimLapsed()).isTrue());
            assertThat(instances.get(0).finish(dead, "late")).as("a finish after another claim took the key")
                    .isFalse();
            assertThat(instances.get(0).release(dead)).isFalse();
            assertThat(instances.get(1).finish((Claim.Claimed) next, OUTCOME)).isTrue();
            assertThat(instances.get(0).claim("V1#0")).isEqualTo(new Claim.Finished(OUTCOME));
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void records_a_finish_that_comes_after_its_lease_lapsed_when_no_one_claimed_since(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            StateStore store = stores.open(LIFETIMES);
            Claim.Claimed slow = (Claim.Claimed) store.claim("V1#0");
            stores.advance(LIFETIMES.claimLease().plusSeconds(1));

            assertThat(store.finish(slow, OUTCOME)).isTrue();
            assertThat(store.claim("V1#0")).isEqualTo(new Claim.Finished(OUTCOME));
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void forgets_an_outcome_after_its_lifetime_and_then_gives_the_key_afresh(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            StateStore store = stores.open(LIFETIMES);
            store.finish((Claim.Claimed) store.claim("V1#0"), OUTCOME);
            stores.advance(LIFETIMES.outcome().minusMinutes(1));
            assertThat(store.claim("V1#0")).isEqualTo(new Claim.Finished(OUTCOME));

            stores.advance(Duration.ofMinutes(2));

            assertThat(store.claim("V1#0")).isInstanceOfSatisfying(Claim.Claimed.class,
                    c -> assertThat(c.earlierClaimLapsed()).isFalse());
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void keeps_an_outcome_exactly_as_given_whatever_it_holds(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            StateStore store = stores.open(LIFETIMES);
            List<String> outcomes = List.of("", "claimed:looks-like-a-claim", "outcome:nested",
                    "{\"name\":\"Müller & Söhne \\\"GmbH\\\" – 10 % 🚀\\n\"}", "x".repeat(100_000));

            for (int i = 0; i < outcomes.size(); i++) {
                store.finish((Claim.Claimed) store.claim("V" + i + "#0"), outcomes.get(i));
            }

            for (int i = 0; i < outcomes.size(); i++) {
                assertThat(store.claim("V" + i + "#0")).isEqualTo(new Claim.Finished(outcomes.get(i)));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.Kind.class)
    void refuses_a_blank_submission_key_naming_it(Stores.Kind kind) {
        try (Stores stores = new Stores(kind, redis)) {
            StateStore store = stores.open(LIFETIMES);

            assertThatThrownBy(() -> store.claim(" ")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A submission key is required, got a blank one");
            assertThatThrownBy(() -> store.claim("V".repeat(513))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("A submission key is at most 512 characters, got 513");
        }
    }
}
