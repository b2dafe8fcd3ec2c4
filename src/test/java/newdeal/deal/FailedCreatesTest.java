package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newdeal.pipeliner.PipelinerApiException;
import newdeal.pipeliner.PipelinerAuthException;
import newdeal.pipeliner.PipelinerUnavailableException;
import org.junit.jupiter.api.Test;

class FailedCreatesTest {

    @Test
    void a_422_with_field_errors_is_rejected_with_pipeliners_messages_on_the_inputs() {
        var e = new PipelinerApiException(422, 40000, "ERROR_ENTITY_VALIDATION", "Validation failed.",
                Map.of("step_id", List.of("Step does not exist.")));

        DealOutcome outcome = FailedCreates.outcomeOf(e, true);

        assertThat(outcome).isInstanceOfSatisfying(DealOutcome.Rejected.class, r -> {
            assertThat(r.fieldErrors()).containsOnly(entry(DealField.STEP, "Step does not exist."));
            assertThat(r.message()).isEqualTo("Pipeliner did not accept some of the fields below. "
                    + "Nothing was created in Pipeliner.");
        });
    }

    @Test
    void a_field_the_form_does_not_have_goes_into_the_general_message() {
        var e = new PipelinerApiException(422, 40000, "ERROR_ENTITY_VALIDATION", "Validation failed.",
                Map.of("unit_id", List.of("Unit is not accessible.")));

        DealOutcome.Rejected r = (DealOutcome.Rejected) FailedCreates.outcomeOf(e, true);

        assertThat(r.fieldErrors()).isEmpty();
        assertThat(r.message()).isEqualTo("Pipeliner did not accept the deal: unit_id: Unit is not accessible. "
                + "Nothing was created in Pipeliner.");
    }

    @Test
    void joins_the_fields_the_form_does_not_have_in_the_order_pipeliner_sent_them() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<String> fields = List.of("unit_id", "ranking", "label_flag", "lead_source_id", "product_currency_id");
        fields.forEach(f -> errors.put(f, List.of("Bad " + f + ".")));
        var e = new PipelinerApiException(422, 40000, "ERROR_ENTITY_VALIDATION", "Validation failed.", errors);

        DealOutcome.Rejected r = (DealOutcome.Rejected) FailedCreates.outcomeOf(e, true);

        assertThat(r.message()).isEqualTo("Pipeliner did not accept the deal: unit_id: Bad unit_id.; ranking: Bad "
                + "ranking.; label_flag: Bad label_flag.; lead_source_id: Bad lead_source_id.; product_currency_id: "
                + "Bad product_currency_id. Nothing was created in Pipeliner.");
    }

    @Test
    void a_4xx_without_field_errors_is_rejected_with_pipeliners_message() {
        var e = new PipelinerApiException(400, 117, "ERROR_PARAMETER_INVALID", "Missing or invalid JSON data.",
                Map.of());

        DealOutcome.Rejected r = (DealOutcome.Rejected) FailedCreates.outcomeOf(e, true);

        assertThat(r.message()).isEqualTo("Pipeliner did not accept the deal: Missing or invalid JSON data. "
                + "Nothing was created in Pipeliner.");
    }

    @Test
    void refused_access_asks_for_the_admin_and_says_nothing_was_created() {
        DealOutcome outcome = FailedCreates.outcomeOf(new PipelinerAuthException(401, null, null, "Unauthorized"),
                true);

        assertThat(outcome).isEqualTo(new DealOutcome.Failed("Pipeliner refused the app's access (HTTP 401). Ask "
                + "your admin to check the app's Pipeliner API keys and permissions. Nothing was created in "
                + "Pipeliner.", true));
    }

    @Test
    void unavailable_before_reaching_pipeliner_says_nothing_was_created() {
        DealOutcome outcome = FailedCreates.outcomeOf(
                new PipelinerUnavailableException("connection refused", null, false), true);

        assertThat(outcome).isEqualTo(new DealOutcome.Failed(
                "Pipeliner is not available right now. Nothing was created in Pipeliner. Try again in a moment.", true));
    }

    @Test
    void unavailable_after_reaching_pipeliner_says_the_deal_may_exist() {
        DealOutcome.Failed f = (DealOutcome.Failed) FailedCreates.outcomeOf(
                new PipelinerUnavailableException("read timed out", null, true), true);

        assertThat(f.nothingCreated()).isFalse();
        assertThat(f.message()).contains("may or may not have been created").contains("Check Pipeliner");
    }

    @Test
    void an_answer_that_is_neither_a_refusal_nor_a_server_error_says_nothing_was_created() {
        DealOutcome outcome = FailedCreates.outcomeOf(
                new PipelinerApiException(302, null, null, "HTTP 302 without a Pipeliner error body", Map.of()), true);

        assertThat(outcome).isEqualTo(new DealOutcome.Failed("Pipeliner gave an unexpected answer (HTTP 302). "
                + "Nothing was created in Pipeliner. Ask your admin to check the app's Pipeliner settings.", true));
    }

    @Test
    void a_server_error_reported_as_an_api_error_says_the_deal_may_exist() {
        DealOutcome.Failed f = (DealOutcome.Failed) FailedCreates.outcomeOf(
                new PipelinerApiException(500, null, null, "Internal server error.", Map.of()), true);

        assertThat(f.nothingCreated()).isFalse();
        assertThat(f.message()).startsWith("Pipeliner answered with an error (HTTP 500)")
                .contains("may or may not have been created");
    }

    @Test
    void an_unexpected_failure_says_nothing_was_created_only_when_nothing_was_sent() {
        DealOutcome.Failed before = (DealOutcome.Failed) FailedCreates.outcomeOf(new IllegalStateException("x"),
                false);
        DealOutcome.Failed after = (DealOutcome.Failed) FailedCreates.outcomeOf(new IllegalStateException("x"),
                true);

        assertThat(before.nothingCreated()).isTrue();
        assertThat(before.message()).endsWith("Nothing was created in Pipeliner.");
        assertThat(after.nothingCreated()).isFalse();
    }

    @Test
    void a_body_the_client_refused_to_send_created_nothing() {
        DealOutcome outcome = FailedCreates.outcomeOf(
                new IllegalArgumentException("contactRelations must have exactly one primary item, not 2"), true);

        assertThat(outcome).isEqualTo(new DealOutcome.Failed(
                "The deal could not be sent to Pipeliner. Nothing was created in Pipeliner.", true));
    }
}
