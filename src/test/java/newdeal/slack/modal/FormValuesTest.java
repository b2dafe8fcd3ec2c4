package newdeal.slack.modal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormValuesTest {
    private static final LocalDate CLOSING = LocalDate.of(2030, 2, 1);

    @Test
    void keeps_a_command_text_that_fits_as_the_whole_name() {
        FormValues values = FormValues.fresh("  Globex renewal  ", CLOSING);

        assertThat(values.name()).isEqualTo("Globex renewal");
        assertThat(values.description()).isNull();
    }

    @Test
    void cuts_a_text_without_spaces_at_250_characters_and_keeps_the_rest_as_the_description() {
        String text = "x".repeat(249) + "😀" + "tail";

        FormValues values = FormValues.fresh(text, CLOSING);

        assertThat(values.name()).isEqualTo("x".repeat(249));
        assertThat(values.description()).isEqualTo("😀tail");
    }
}
