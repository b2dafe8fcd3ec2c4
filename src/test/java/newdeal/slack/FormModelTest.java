package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormModelTest {
    private final FormModel fresh = new FormModel(Samples.catalog(Samples.EUR), Samples.fresh("Deal"),
            OwnerHint.lookingUp(), Samples.metadata(), List.of());

    @Test
    void preselects_the_owner_found_in_a_new_owner_block_when_the_rep_has_chosen_none() {
        FormModel found = fresh.withOwnerFound(new OwnerLookup.Result(Optional.of(Samples.ANNA), OwnerHint.found()));

        assertThat(found.values().ownerId()).isEqualTo("user-anna");
        assertThat(found.metadata().ownerRev()).isEqualTo(fresh.metadata().ownerRev() + 1);
    }

    @Test
    void keeps_the_owner_the_rep_chose_and_its_block_when_the_lookup_finds_someone_later() {
        FormModel chosen = fresh.withOwner("user-tom");

        FormModel after = chosen.withOwnerFound(new OwnerLookup.Result(Optional.of(Samples.ANNA), OwnerHint.found()));

        assertThat(after).isEqualTo(chosen);
        assertThat(after.values().ownerId()).isEqualTo("user-tom");
        assertThat(after.metadata().ownerRev()).isEqualTo(fresh.metadata().ownerRev());
    }
}
