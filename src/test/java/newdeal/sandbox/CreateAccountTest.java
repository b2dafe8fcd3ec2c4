package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import newdeal.testing.SandboxApi;

class CreateAccountTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String PIPELINER_TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+00:00";

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private final SandboxApi http = SANDBOX.http();
    private final SandboxApi invalid = SANDBOX.badRequests();
    private final Seeded seeded = new Seeded(http);

    @Test
    void creates_an_account_in_the_owner_s_default_unit_and_answers_201_with_the_stored_row() {
        String owner = seeded.client("tom.berger@northwind-sales.example");
        ObjectNode body = account("Brandneu AG").put("owner_id", owner).put("email1", "info@brandneu.example");

        SandboxApi.Reply reply = http.post("Accounts", body);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode created = reply.data();
        assertThat(created.path("id").asText()).matches(UUID);
        assertThat(created.path("created").asText()).matches(PIPELINER_TIME);
        assertThat(created.path("name").asText()).isEqualTo("Brandneu AG");
        assertThat(created.path("formatted_name").asText()).isEqualTo("Brandneu AG");
        assertThat(created.path("email1").asText()).isEqualTo("info@brandneu.example");
        assertThat(created.path("owner_id").asText()).isEqualTo(owner);
        assertThat(created.path("unit_id").asText())
                .isEqualTo(http.get("Clients/" + owner).data().path("default_unit_id").asText());
        assertThat(http.get("Accounts", "filter[name]", "Brandneu AG").ids()).containsExactly(created.path("id").asText());
    }

    @Test
    void refuses_an_account_without_name_or_owner_naming_both_and_stores_nothing() {
        int before = accountCount();

        SandboxApi.Reply reply = invalid.post("Accounts", SandboxApi.JSON.createObjectNode().put("email1", "a@b.example"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fieldNames(reply)).containsExactlyInAnyOrder("name", "owner_id");
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void refuses_an_unknown_owner_a_malformed_email_a_blank_name_and_an_unknown_field_all_at_once() {
        ObjectNode body = account(" ").put("owner_id", "00000000-0000-4000-8000-00000000dead")
                .put("email1", "not-an-address").put("email", "x@y.example");

        SandboxApi.Reply reply = invalid.post("Accounts", body);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fieldNames(reply)).containsExactlyInAnyOrder("name", "owner_id", "email1", "email");
        assertThat(reply.body().toString()).contains("'not-an-address'").contains("Client with id");
    }

    @Test
    void creating_an_opportunity_with_quick_account_fields_stores_them_as_text_and_creates_no_account() {
        int before = accountCount();
        ObjectNode body = seeded.renewal("Quick account check").put("quick_account_name", "Nowhere Ltd")
                .put("quick_account_email", "hello@nowhere.example");

        JsonNode created = http.post("Opportunities", body).data();

        assertThat(created.path("quick_account_name").asText()).isEqualTo("Nowhere Ltd");
        assertThat(created.path("quick_account_email").asText()).isEqualTo("hello@nowhere.example");
        assertThat(created.path("primary_account").asText()).endsWith("/Accounts/" + seeded.account("Globex Corporation"));
        assertThat(accountCount()).isEqualTo(before);
        assertThat(http.get("Accounts", "filter[name]", "Nowhere Ltd").data()).isEmpty();
    }

    private static ObjectNode account(String name) {
        return SandboxApi.JSON.createObjectNode().put("name", name);
    }

    private int accountCount() {
        return http.get("Accounts", "first", "1").body().path("total").asInt();
    }

    private static java.util.List<String> fieldNames(SandboxApi.Reply reply) {
        return reply.body().path("field_errors").findValuesAsText("field_name").stream().distinct().toList();
    }
}
