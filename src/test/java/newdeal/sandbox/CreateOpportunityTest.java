package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import newdeal.testing.SandboxApi;

class CreateOpportunityTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String PIPELINER_TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+00:00";

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private final SandboxApi http = SANDBOX.http();
    // The spec declares base_value, currency_id and value_foreign all required, but Pipeliner computes the one left
    // out (API.md, "Creating an Opportunity"): such requests are checked on the response side only.
    private final SandboxApi oneAmountOnly = SANDBOX.badRequests();
    private final Seeded seeded = new Seeded(http);

    @Test
    void creates_an_opportunity_and_answers_201_with_the_stored_row() {
        ObjectNode body = seeded.renewal("Globex renewal 2025");

        SandboxApi.Reply reply = http.post("Opportunities", body);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode created = reply.data();
        assertThat(created.path("id").asText()).matches(UUID);
        assertThat(created.path("created").asText()).matches(PIPELINER_TIME);
        assertThat(created.path("modified").asText()).isEqualTo(created.path("created").asText());
        assertThat(created.path("status").asInt()).isEqualTo(1);
        for (String field : List.of("name", "owner_id", "step_id", "closing_date", "oppty_type_id", "description")) {
            assertThat(created.path(field)).as(field).isEqualTo(body.path(field));
        }
        assertThat(created.path("value")).isEqualTo(body.path("value"));
        assertThat(created.path("account_relations")).hasSize(1);
        assertThat(created.path("contact_relations")).hasSize(2);
        assertThat(created.path("primary_account").asText()).endsWith("/Accounts/" + seeded.account("Globex Corporation"));
        assertThat(created.path("owner").asText()).endsWith("/Clients/" + body.path("owner_id").asText());
    }

    @Test
    void puts_the_opportunity_in_the_owner_s_default_sales_unit_when_no_unit_is_given() {
        JsonNode created = http.post("Opportunities", seeded.renewal("Unit check")).data();
        JsonNode owner = http.get("Clients/" + created.path("owner_id").asText()).data();

        assertThat(created.path("unit_id").asText()).isEqualTo(owner.path("default_unit_id").asText());
    }

    @Test
    void stores_the_account_and_contact_relations_with_their_primary_flags() {
        ObjectNode body = seeded.renewal("Relations check");
        String id = http.post("Opportunities", body).data().path("id").asText();

        JsonNode stored = http.get("Opportunities/" + id, "expand", "account_relations,contact_relations").data();

        assertThat(stored.path("account_relations")).extracting(r -> r.path("account_id").asText() + "/"
                + r.path("is_primary").asBoolean()).containsExactly(body.at("/account_relations/0/account_id").asText()
                + "/true");
        assertThat(stored.path("contact_relations")).extracting(r -> r.path("contact_id").asText() + "/"
                + r.path("is_primary").asBoolean()).containsExactlyInAnyOrder(
                body.at("/contact_relations/0/contact_id").asText() + "/true",
                body.at("/contact_relations/1/contact_id").asText() + "/false");
    }

    @Test
    void accepts_an_opportunity_without_contacts() {
        ObjectNode body = seeded.renewal("No contacts yet");
        body.putArray("contact_relations");

        assertThat(http.post("Opportunities", body).status()).isEqualTo(201);
    }

    @Test
    void computes_base_value_from_value_foreign_with_the_currency_s_exchange_rate() {
        ObjectNode body = seeded.renewal("US licences");
        body.putObject("value").put("value_foreign", 1085).put("currency_id", seeded.currency("USD"));

        JsonNode value = oneAmountOnly.post("Opportunities", body).data().path("value");

        assertThat(value.path("base_value").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(value.path("value_foreign").decimalValue()).isEqualByComparingTo("1085");
        assertThat(value.path("currency_id").asText()).isEqualTo(seeded.currency("USD"));
    }

    @Test
    void computes_value_foreign_from_base_value() {
        ObjectNode body = seeded.renewal("UK support");
        body.putObject("value").put("base_value", 1000).put("currency_id", seeded.currency("GBP"));

        JsonNode value = oneAmountOnly.post("Opportunities", body).data().path("value");

        assertThat(value.path("value_foreign").decimalValue()).isEqualByComparingTo("842.00");
        assertThat(value.path("base_value").decimalValue()).isEqualByComparingTo("1000");
    }

    @Test
    void takes_the_base_currency_when_the_value_names_none() {
        ObjectNode body = seeded.renewal("Base currency by default");
        body.putObject("value").put("base_value", 500.5);

        JsonNode value = oneAmountOnly.post("Opportunities", body).data().path("value");

        assertThat(value.path("currency_id").asText()).isEqualTo(seeded.currency("EUR"));
        assertThat(value.path("value_foreign").decimalValue()).isEqualByComparingTo("500.5");
    }

    @Test
    void finds_a_created_opportunity_by_name_owner_and_a_creation_time_after_the_attempt() {
        ObjectNode body = seeded.renewal("Findable after a timeout");
        Instant attempt = Instant.now().minusMillis(5);
        String id = http.post("Opportunities", body).data().path("id").asText();

        List<String> found = search(body, attempt.toString());
        List<String> tooLate = search(body, attempt.plus(1, ChronoUnit.MINUTES).toString());

        assertThat(found).containsExactly(id);
        assertThat(tooLate).isEmpty();
    }

    @Test
    void lists_created_opportunities_after_the_seeded_ones() {
        int before = seeded.opportunityCount();
        String id = http.post("Opportunities", seeded.renewal("Listed last")).data().path("id").asText();

        SandboxApi.Reply all = http.get("Opportunities", "first", "100");

        assertThat(all.body().path("total").asInt()).isEqualTo(before + 1);
        assertThat(all.ids()).last().isEqualTo(id);
    }

    private List<String> search(ObjectNode body, String createdFrom) {
        return http.get("Opportunities", "filter[name]", body.path("name").asText(),
                "filter[owner_id]", body.path("owner_id").asText(),
                "filter[created]", createdFrom, "filter-op[created]", "gte").ids();
    }
}
