package newdeal.slack.modal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A whole state as JSON and back, as a store outside the process keeps it. */
class ModalStateJsonTest {
    private final ModalStateJson json = new ModalStateJson(Samples.JSON);

    @Test
    void reads_back_every_field_it_wrote() {
        FormValues typed = new FormValues("Globex <renewal>", new Choice("acc-1", "Globex · Berlin"),
                List.of(new Choice("c-2", "Bo"), new Choice("c-1", "Al")), "s-quote", "12,500.50", "cur-usd",
                LocalDate.of(2031, 5, 6), "user-tom", "Three years\nand a half");
        ModalState state = Samples.state(Samples.fresh("Deal")).accountChosen(typed.account(), typed)
                .ownerPicked("user-tom").submitted(typed).failed(List.of("Pipeliner is down.")).withHash("h-1");

        String text = json.write(state);

        assertThat(json.read(text)).isEqualTo(state);
        assertThat(text).contains("\"closingDate\":\"2031-05-06\"");
    }

    @Test
    void reads_a_state_without_a_date_a_hash_or_an_account() {
        ModalState fresh = ModalState.forCommand("U1", "C1", null, FormValues.fresh(null, null));

        assertThat(json.read(json.write(fresh))).isEqualTo(fresh);
        assertThat(json.read(json.write(fresh.ownerFound(Optional.empty(), OwnerHint.noEmail()).orElseThrow())))
                .isEqualTo(fresh.ownerFound(Optional.empty(), OwnerHint.noEmail()).orElseThrow());
    }

    @Test
    void ignores_fields_a_newer_version_added_and_refuses_text_that_is_no_state() {
        String newer = json.write(Samples.state()).replaceFirst("\\{", "{\"addedLater\":42,");

        assertThat(json.read(newer)).isEqualTo(Samples.state());
        assertThatThrownBy(() -> json.read("[1,2]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a modal state");
    }
}
