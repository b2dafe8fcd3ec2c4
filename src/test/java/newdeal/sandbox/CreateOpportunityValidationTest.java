package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import newdeal.testing.SandboxApi;

/** Every refusal is a 422 in Pipeliner's shape naming the field, and nothing is stored. */
class CreateOpportunityValidationTest {
    private static final String NOBODY = "01234567-abcd-dcba-ffff-000000000000";
    private static final String IS_PRIMARY = "Exactly one 'is_primary' item must be set.";

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private final SandboxApi invalid = SANDBOX.badRequests();
    private final Seeded seeded = new Seeded(SANDBOX.http());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"name", "owner_id", "step_id", "closing_date", "value"})
    void requires_each_mandatory_field(String field) {
        assertRefused(body -> body.remove(field), field, "is required");
        assertRefused(body -> body.putNull(field), field, "is required");
    }

    @Test
    void refuses_ids_that_are_no_uuid_naming_the_bad_value() {
        assertRefused(body -> body.put("owner_id", "anna"), "owner_id", "anna");
        assertRefused(body -> body.put("step_id", 42), "step_id", "42");
    }

    @Test
    void refuses_closing_dates_not_written_as_yyyy_mm_dd() {
        assertRefused(body -> body.put("closing_date", "2025-13-01"), "closing_date", "2025-13-01");
        assertRefused(body -> body.put("closing_date", "31.03.2025"), "closing_date", "YYYY-MM-DD");
        assertRefused(body -> body.put("closing_date", "2025-03-31T00:00:00"), "closing_date", "YYYY-MM-DD");
    }

    @Test
    void refuses_references_to_rows_that_do_not_exist() {
        assertRefused(body -> body.put("owner_id", NOBODY), "owner_id", "does not exist");
        assertRefused(body -> body.put("step_id", NOBODY), "step_id", "does not exist");
        assertRefused(body -> body.put("oppty_type_id", NOBODY), "oppty_type_id", "does not exist");
        assertRefused(body -> value(body).put("currency_id", NOBODY), "value.currency_id", "does not exist");
        assertRefused(body -> item(body, "account_relations", 0).put("account_id", NOBODY),
                "account_relations", NOBODY);
        assertRefused(body -> item(body, "contact_relations", 1).put("contact_id", NOBODY),
                "contact_relations", NOBODY);
    }

    @Test
    void refuses_a_deleted_owner_a_lead_process_step_and_a_type_of_another_pipeline() {
        assertRefused(body -> body.put("owner_id", seeded.client("daniel.okafor@northwind-sales.example")),
                "owner_id", "does not exist");
        assertRefused(body -> body.put("step_id", seeded.leadStep("Contacted")), "step_id", "lead process");
        assertRefused(body -> body.put("oppty_type_id", seeded.opportunityType("New Business Deal")),
                "oppty_type_id", "another pipeline");
    }

    @Test
    void refuses_unknown_fields_at_the_top_and_inside_relation_items() {
        assertRefused(body -> body.put("probability", 40), "probability", "Unknown field 'probability'");
        assertRefused(body -> item(body, "account_relations", 0).put("role", "buyer"),
                "account_relations", "unknown field 'role'");
        assertRefused(body -> value(body).put("discount", 10), "value.discount", "Unknown field");
    }

    @Test
    void requires_exactly_one_primary_account() {
        assertRefused(body -> item(body, "account_relations", 0).put("is_primary", false),
                "account_relations", "Error on field account_relations. " + IS_PRIMARY);
        assertRefused(body -> body.withArray("account_relations").addObject()
                        .put("account_id", seeded.account("Initech")).put("is_primary", true),
                "account_relations", "Error on field account_relations. " + IS_PRIMARY);
    }

    @Test
    void requires_exactly_one_primary_contact_when_contacts_are_given() {
        assertRefused(body -> item(body, "contact_relations", 0).put("is_primary", false),
                "contact_relations", "Error on field contact_relations. " + IS_PRIMARY);
        assertRefused(body -> item(body, "contact_relations", 1).put("is_primary", true),
                "contact_relations", "Error on field contact_relations. " + IS_PRIMARY);
    }

    @Test
    void refuses_values_without_an_amount_or_with_amounts_that_are_no_numbers() {
        assertRefused(body -> body.putObject("value").put("currency_id", seeded.currency("EUR")), "value", "amount");
        assertRefused(body -> value(body).put("base_value", "48000"), "value.base_value", "number");
        assertRefused(body -> body.put("value", 48000), "value", "object");
        assertRefused(body -> value(body).put("value_foreign", 47000), "value", "must be equal");
    }

    @Test
    void refuses_a_blank_or_overlong_name() {
        assertRefused(body -> body.put("name", "   "), "name", "empty");
        assertRefused(body -> body.put("name", "x".repeat(256)), "name", "255");
    }

    @Test
    void reports_every_problem_at_once_in_pipeliner_s_error_shape() {
        ObjectNode body = seeded.renewal("Many problems");
        body.remove("name");
        body.put("owner_id", "nobody");

        SandboxApi.Reply reply = invalid.post("Opportunities", body);

        JsonNode error = reply.body();
        assertThat(reply.status()).isEqualTo(422);
        assertThat(error.path("success").asBoolean(true)).isFalse();
        assertThat(error.path("http_status").asInt()).isEqualTo(422);
        assertThat(error.path("code").asInt()).isEqualTo(40000);
        assertThat(error.path("name").asText()).isEqualTo("ERROR_ENTITY_VALIDATION");
        assertThat(error.path("message").asText()).startsWith("Error on field");
        assertThat(error.path("entity_errors").isArray()).isTrue();
        assertThat(error.path("field_errors")).extracting(f -> f.path("field_name").asText())
                .containsExactlyInAnyOrder("name", "owner_id");
        JsonNode missing = fieldError(error, "name").path("errors").get(0);
        assertThat(missing.path("code").asInt()).isEqualTo(119);
        assertThat(missing.path("name").asText()).isEqualTo("ERROR_PARAMETER_MISSING");
        assertThat(fieldError(error, "owner_id").path("name").asText()).isEqualTo("ERROR_FIELD_VALIDATION");
    }

    private void assertRefused(Consumer<ObjectNode> spoil, String field, String messagePart) {
        int before = seeded.opportunityCount();
        ObjectNode body = seeded.renewal("Refused deal");
        spoil.accept(body);

        SandboxApi.Reply reply = invalid.post("Opportunities", body);

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(422);
        List<String> messages = new ArrayList<>();
        fieldError(reply.body(), field).path("errors").forEach(e -> messages.add(e.path("message").asText()));
        assertThat(messages).as("errors on %s in %s", field, reply.body()).anyMatch(m -> m.contains(messagePart));
        assertThat(seeded.opportunityCount()).isEqualTo(before);
    }

    private static ObjectNode item(ObjectNode body, String list, int index) {
        return (ObjectNode) body.get(list).get(index);
    }

    private static ObjectNode value(ObjectNode body) {
        return (ObjectNode) body.get("value");
    }

    private static JsonNode fieldError(JsonNode error, String field) {
        for (JsonNode entry : error.path("field_errors")) {
            if (entry.path("field_name").asText().equals(field)) {
                return entry;
            }
        }
        return SandboxApi.JSON.missingNode();
    }
}
