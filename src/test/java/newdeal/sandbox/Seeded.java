package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import newdeal.testing.SandboxApi;

/** Looks up seeded rows over HTTP, as a client would, to build create bodies in tests. */
final class Seeded {
    private final SandboxApi http;

    Seeded(SandboxApi http) {
        this.http = http;
    }

    String client(String email) {
        return only(http.get("Clients", "filter[email]", email, "filter-op[email]", "ieq", "include-deleted", "true"));
    }

    String step(String pipeline, String step) {
        String pipelineId = only(http.get("Pipelines", "filter[name]", pipeline));
        return only(http.get("Steps", "filter[pipeline_id]", pipelineId, "filter[name]", step));
    }

    String leadStep(String step) {
        return only(http.get("Steps", "filter-op[pipeline_id]", "null", "filter[name]", step));
    }

    String opportunityType(String name) {
        return only(http.get("OpportunityTypes", "filter[name]", name));
    }

    String currency(String code) {
        return only(http.get("Currencies", "filter[code]", code));
    }

    String account(String name) {
        return only(http.get("Accounts", "filter[name]", name));
    }

    /** The account's contacts whose primary account it is. */
    List<String> contactsOf(String accountId) {
        return http.get("ContactAccountRelations", "filter[account_id]", accountId, "filter[is_primary]", "true")
                .rows().stream().map(r -> r.path("contact_id").asText()).toList();
    }

    /** A create body that Pipeliner accepts: Anna's Globex renewal in the Renewals pipeline, in euros. */
    ObjectNode renewal(String name) {
        String globex = account("Globex Corporation");
        List<String> contacts = contactsOf(globex);
        ObjectNode body = SandboxApi.JSON.createObjectNode().put("name", name)
                .put("owner_id", client("anna.keller@northwind-sales.example"))
                .put("step_id", step("Renewals", "Quote Sent")).put("closing_date", "2025-03-31")
                .put("oppty_type_id", opportunityType("Renewal")).put("description", "Renewal of 40 seats.");
        body.putObject("value").put("base_value", 48000).put("currency_id", currency("EUR")).put("value_foreign", 48000);
        body.putArray("account_relations").addObject().put("account_id", globex).put("is_primary", true);
        body.putArray("contact_relations").addObject().put("contact_id", contacts.get(0)).put("is_primary", true);
        body.withArray("contact_relations").addObject().put("contact_id", contacts.get(1)).put("is_primary", false);
        return body;
    }

    int opportunityCount() {
        return http.opportunityCount();
    }

    private static String only(SandboxApi.Reply reply) {
        JsonNode data = reply.data();
        if (data.size() != 1) {
            throw new IllegalStateException("expected one seeded row, got " + data.size() + ": " + reply.body());
        }
        return data.get(0).path("id").asText();
    }
}
