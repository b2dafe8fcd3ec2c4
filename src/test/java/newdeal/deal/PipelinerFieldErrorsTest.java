package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelinerFieldErrorsTest {

    @Test
    void maps_each_create_field_to_its_form_input() {
        assertThat(PipelinerFieldErrors.fieldFor("name")).isEqualTo(DealField.NAME);
        assertThat(PipelinerFieldErrors.fieldFor("owner_id")).isEqualTo(DealField.OWNER);
        assertThat(PipelinerFieldErrors.fieldFor("step_id")).isEqualTo(DealField.STEP);
        assertThat(PipelinerFieldErrors.fieldFor("closing_date")).isEqualTo(DealField.CLOSING_DATE);
        assertThat(PipelinerFieldErrors.fieldFor("value")).isEqualTo(DealField.VALUE);
        assertThat(PipelinerFieldErrors.fieldFor("value.currency_id")).isEqualTo(DealField.CURRENCY);
        assertThat(PipelinerFieldErrors.fieldFor("account_relations")).isEqualTo(DealField.ACCOUNT);
        assertThat(PipelinerFieldErrors.fieldFor("contact_relations")).isEqualTo(DealField.CONTACTS);
        assertThat(PipelinerFieldErrors.fieldFor("description")).isEqualTo(DealField.DESCRIPTION);
    }

    @Test
    void puts_a_refused_opportunity_type_on_the_step_since_the_type_comes_from_the_steps_pipeline() {
        assertThat(PipelinerFieldErrors.fieldFor("oppty_type_id")).isEqualTo(DealField.STEP);
        assertThat(PipelinerFieldErrors.map(Map.of("oppty_type_id", List.of("Type does not exist.")))
                .fields()).containsExactly(entry(DealField.STEP, "Type does not exist."));
    }

    @Test
    void maps_nested_and_indexed_names_by_their_first_segment() {
        assertThat(PipelinerFieldErrors.fieldFor("value.base_value")).isEqualTo(DealField.VALUE);
        assertThat(PipelinerFieldErrors.fieldFor("Value.Value_Foreign")).isEqualTo(DealField.VALUE);
        assertThat(PipelinerFieldErrors.fieldFor("account_relations[0].account_id")).isEqualTo(DealField.ACCOUNT);
        assertThat(PipelinerFieldErrors.fieldFor("contact_relations.1.is_primary")).isEqualTo(DealField.CONTACTS);
    }

    @Test
    void leaves_fields_the_form_does_not_have_unmapped() {
        assertThat(PipelinerFieldErrors.fieldFor("unit_id")).isNull();
        assertThat(PipelinerFieldErrors.fieldFor(null)).isNull();
    }

    @Test
    void keeps_pipeliners_own_messages_and_joins_several_for_one_input() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        errors.put("value.base_value", List.of("Value must be a number."));
        errors.put("value", List.of("Value is required."));
        errors.put("owner_id", List.of("Owner is missing.", "Owner is missing."));

        PipelinerFieldErrors.Mapped mapped = PipelinerFieldErrors.map(errors);

        assertThat(mapped.fields()).containsOnly(
                entry(DealField.VALUE, "Value must be a number. Value is required."),
                entry(DealField.OWNER, "Owner is missing."));
        assertThat(mapped.unmapped()).isEmpty();
    }

    @Test
    void reports_unknown_fields_with_their_name_and_message() {
        PipelinerFieldErrors.Mapped mapped = PipelinerFieldErrors.map(Map.of("unit_id", List.of("Unknown unit.")));

        assertThat(mapped.fields()).isEmpty();
        assertThat(mapped.unmapped()).containsExactly("unit_id: Unknown unit.");
    }

    @Test
    void says_something_when_pipeliner_gave_no_message_for_a_field() {
        PipelinerFieldErrors.Mapped mapped = PipelinerFieldErrors.map(Map.of("step_id", List.of(" ")));

        assertThat(mapped.fields()).containsOnly(entry(DealField.STEP, "Pipeliner did not accept this value."));
    }
}
