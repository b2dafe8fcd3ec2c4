package newdeal.pipeliner;

import static newdeal.pipeliner.MockPipeliner.soon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelinerClientErrorsTest {
    private final MockPipeliner pipeliner = new MockPipeliner();
    private final PipelinerClient client = pipeliner.client();

    @AfterEach
    void stop() throws Exception {
        pipeliner.close();
    }

    @Test
    void reads_a_validation_error_with_its_code_name_message_and_field_errors() {
        pipeliner.reply(422, "opportunities-create-422-fields.json");

        PipelinerApiException e = createFails(PipelinerApiException.class);

        assertThat(e.status()).isEqualTo(422);
        assertThat(e.code()).isEqualTo(40000);
        assertThat(e.name()).isEqualTo("ERROR_ENTITY_VALIDATION");
        assertThat(e.getMessage()).as("without a top-level message, the first field message")
                .isEqualTo("Missing required field 'owner_id'.");
        assertThat(e.fieldErrors()).containsExactly(
                entry("owner_id", List.of("Missing required field 'owner_id'.")),
                entry("step_id", List.of("Missing required field 'step_id'.", "Step does not exist.")));
        assertThat(pipeliner.server.getRequestCount()).as("a 422 is final").isEqualTo(1);
    }

    @Test
    void keeps_the_field_errors_in_the_order_pipeliner_sent_them() {
        List<String> fields = List.of("value", "owner_id", "step_id", "closing_date", "name", "unit_id", "ranking",
                "label_flag");
        pipeliner.reply(new MockResponse().setResponseCode(422).setHeader("Content-Type", "application/json")
                .setBody("{\"success\": false, \"code\": 40000, \"field_errors\": [" + String.join(",",
                        fields.stream().map(f -> "{\"field_name\": \"" + f + "\", \"errors\": [{\"message\": \""
                                + f + " is wrong.\"}]}").toList()) + "]}"));

        PipelinerApiException e = createFails(PipelinerApiException.class);

        assertThat(e.fieldErrors().keySet()).containsExactlyElementsOf(fields);
        assertThat(List.copyOf(e.fieldErrors().values())).containsExactlyElementsOf(
                fields.stream().map(f -> List.of(f + " is wrong.")).toList());
    }

    @Test
    void reads_the_is_primary_refusal_as_a_field_error_on_account_relations() {
        pipeliner.reply(422, "opportunities-create-422-primary.json");

        PipelinerApiException e = createFails(PipelinerApiException.class);

        assertThat(e.getMessage())
                .isEqualTo("Error on field account_relations. Exactly one 'is_primary' item must be set.");
        assertThat(e.fieldErrors()).containsOnlyKeys("account_relations");
    }

    @Test
    void reads_the_invalid_json_answer_as_an_api_error_and_does_not_retry_it() {
        pipeliner.reply(400, "opportunities-create-400-invalid-json.json");

        PipelinerApiException e = createFails(PipelinerApiException.class);

        assertThat(e).extracting(PipelinerApiException::status, PipelinerApiException::code,
                PipelinerApiException::name, Throwable::getMessage)
                .containsExactly(400, 117, "ERROR_PARAMETER_INVALID", "Missing or invalid JSON data.");
        assertThat(e.fieldErrors()).isEmpty();
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void reads_an_unknown_entity_answer() {
        pipeliner.reply(404, "entities-404-unknown-type.json");

        PipelinerApiException e = catchThrowableOfType(PipelinerApiException.class,
                () -> client.listCurrencies(soon()));

        assertThat(e).extracting(PipelinerApiException::status, PipelinerApiException::code,
                PipelinerApiException::name).containsExactly(404, 2006, "ERROR_UNKNOWN_TYPE");
    }

    @Test
    void reads_the_framework_shaped_404_of_a_bad_path() {
        pipeliner.reply(404, "framework-404-bad-path.json");

        PipelinerApiException e = catchThrowableOfType(PipelinerApiException.class, () -> client.listUsers(soon()));

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.code()).isNull();
        assertThat(e.name()).isNull();
        assertThat(e.getMessage()).startsWith("The requested URL was not found on the server.");
    }

    @Test
    void turns_401_into_an_auth_error() {
        pipeliner.reply(new MockResponse().setResponseCode(401)
                .setHeader("WWW-Authenticate", "Basic realm=\"restapi\"")
                .setHeader("Content-Type", "application/json").setBody(MockPipeliner.fixture("clients-401.json")));

        PipelinerAuthException e = catchThrowableOfType(PipelinerAuthException.class, () -> client.listUsers(soon()));

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).isEqualTo("Authentication failed.");
        assertThat(pipeliner.server.getRequestCount()).as("bad keys stay bad").isEqualTo(1);
    }

    @Test
    void turns_a_bodiless_401_into_an_auth_error_too() {
        pipeliner.reply(new MockResponse().setResponseCode(401).setHeader("WWW-Authenticate", "Basic realm=\"restapi\""));

        PipelinerAuthException e = catchThrowableOfType(PipelinerAuthException.class, () -> client.listUsers(soon()));

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.code()).isNull();
        assertThat(e.getMessage()).contains("401");
    }

    @Test
    void turns_403_into_an_auth_error() {
        pipeliner.reply(403, "clients-403.json");

        PipelinerAuthException e = catchThrowableOfType(PipelinerAuthException.class,
                () -> client.findUserByEmail("jane.doe@example.com", soon()));

        assertThat(e.status()).isEqualTo(403);
        assertThat(e.name()).isEqualTo("ERROR_FORBIDDEN");
    }

    @Test
    void turns_a_500_on_a_read_into_unavailable_without_retrying() {
        pipeliner.reply(500, "opportunities-500.json");

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.listPipelines(soon()));

        assertThat(e.getMessage()).contains("500").contains("Internal server error.");
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void tolerates_an_html_gateway_page_and_reports_unavailable_after_the_retries() {
        for (int i = 0; i < 3; i++) {
            pipeliner.reply(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                    .setBody(MockPipeliner.fixture("gateway-502.html")));
        }

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.listCurrencies(soon()));

        assertThat(e.getMessage()).contains("502").contains("after 3 attempt(s)").doesNotContain("<html>");
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void reports_a_success_answer_that_is_not_json_as_a_pipeliner_error() {
        pipeliner.reply(new MockResponse().setResponseCode(200).setBody("<html>maintenance</html>"));

        PipelinerException e = catchThrowableOfType(PipelinerException.class, () -> client.listCurrencies(soon()));

        assertThat(e.getMessage()).isEqualTo("Pipeliner's answer to GET /entities/Currencies is not the JSON expected");
    }

    private <T extends Throwable> T createFails(Class<T> type) {
        return catchThrowableOfType(type, () -> client.createOpportunity(Opportunities.globexRenewal(), soon()));
    }
}
