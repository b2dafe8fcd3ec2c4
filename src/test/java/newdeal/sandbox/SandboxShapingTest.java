package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import newdeal.testing.SandboxApi;

/** order-by, expand, load-only, relations as id and URI, and GET by id. */
class SandboxShapingTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private final SandboxApi http = SANDBOX.http();

    @Test
    void orders_by_several_keys_descending_where_prefixed_with_a_minus() {
        List<JsonNode> steps = http.get("Steps", "order-by", "-percent,name").rows();

        assertThat(steps).extracting(s -> s.path("percent").asInt()).isSortedAccordingTo((a, b) -> b - a);
        JsonNode first = steps.get(0);
        JsonNode second = steps.get(1);
        assertThat(first.path("percent").asInt()).isEqualTo(95).isEqualTo(second.path("percent").asInt());
        assertThat(first.path("name").asText()).isLessThan(second.path("name").asText());
    }

    @Test
    void refuses_to_order_by_an_unknown_field() {
        SandboxApi.Reply reply = http.get("Accounts", "order-by", "-size");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("message").asText()).contains("size");
    }

    @Test
    void expands_a_pipeline_s_steps_into_step_objects_in_sort_order() {
        JsonNode pipeline = pipeline("New Business", "expand", "steps");

        assertThat(pipeline.path("steps")).extracting(s -> s.path("name").asText())
                .containsExactly("Qualification", "Discovery", "Proposal", "Negotiation", "Closing");
        assertThat(pipeline.path("steps")).allMatch(s -> s.path("pipeline_id").asText().equals(pipeline.path("id").asText())
                && s.path("sort_order").isInt() && s.path("percent").isInt());
    }

    @Test
    void lists_a_pipeline_s_steps_inline_as_the_spec_declares_them_when_not_expanded() {
        JsonNode steps = pipeline("Renewals").path("steps");

        assertThat(steps).hasSize(4).allMatch(s -> s.path("id").isTextual() && s.has("percent") && !s.has("sort_order"));
    }

    @Test
    void gives_relations_as_an_id_and_a_uri_that_leads_to_the_related_row() {
        JsonNode account = http.get("Accounts", "filter[name]", "Initech").data().get(0);
        String ownerUri = account.path("owner").asText();

        assertThat(ownerUri).endsWith("/entities/Clients/" + account.path("owner_id").asText());
        SandboxApi.Reply owner = http.send(http.request(HttpUrl.get(ownerUri)).build());
        assertThat(owner.data().path("id").asText()).isEqualTo(account.path("owner_id").asText());
    }

    @Test
    void expands_the_contact_and_account_of_contact_account_relations() {
        String globex = http.get("Accounts", "filter[name]", "Globex Corporation").ids().get(0);
        List<JsonNode> relations = http.get("ContactAccountRelations", "filter[account_id]", globex,
                "expand", "contact,account", "order-by", "-is_primary").rows();

        assertThat(relations).hasSize(6).allSatisfy(r -> {
            assertThat(r.path("contact").path("id").asText()).isEqualTo(r.path("contact_id").asText());
            assertThat(r.path("contact").path("email1").asText()).endsWith("@globex.example");
            assertThat(r.path("account").path("name").asText()).isEqualTo("Globex Corporation");
        });
    }

    @Test
    void loads_only_the_named_fields_even_inside_an_expanded_relation() {
        JsonNode relation = http.get("ContactAccountRelations", "expand", "contact",
                "load-only", "id,is_primary,contact.email1,contact.formatted_name", "first", "1").data().get(0);

        assertThat(relation.properties()).extracting(e -> e.getKey()).containsExactlyInAnyOrder("id", "is_primary", "contact");
        assertThat(relation.path("contact").properties()).extracting(e -> e.getKey())
                .containsExactlyInAnyOrder("email1", "formatted_name");
    }

    @Test
    void refuses_to_expand_a_field_that_is_no_relation_or_to_load_an_unknown_field() {
        assertThat(http.get("Accounts", "expand", "name").status()).isEqualTo(400);
        SandboxApi.Reply reply = http.get("Accounts", "load-only", "id,colour");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("message").asText()).contains("colour");
    }

    @Test
    void gets_one_row_by_id_in_the_same_shape_as_the_listing() {
        JsonNode listed = http.get("Contacts", "first", "1").data().get(0);

        SandboxApi.Reply reply = http.get("Contacts/" + listed.path("id").asText());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data()).isEqualTo(listed);
        assertThat(reply.data().path("primary_account").asText()).contains("/entities/Accounts/");
    }

    @Test
    void answers_404_in_pipeliner_s_shape_for_an_unknown_id() {
        SandboxApi.Reply reply = http.get("Accounts/01234567-abcd-dcba-ffff-000000000000");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().path("success").asBoolean(true)).isFalse();
        assertThat(reply.body().path("message").asText()).contains("01234567-abcd-dcba-ffff-000000000000");
    }

    @Test
    void hides_deleted_rows_unless_include_deleted_is_true() {
        String old = "Globex Corporation (old)";
        assertThat(http.get("Accounts", "filter[name]", old).data()).isEmpty();
        JsonNode deleted = http.get("Accounts", "filter[name]", old, "include-deleted", "true").data().get(0);
        assertThat(deleted.path("is_deleted").asBoolean()).isTrue();

        String id = deleted.path("id").asText();
        assertThat(http.get("Accounts/" + id).status()).isEqualTo(404);
        assertThat(http.get("Accounts/" + id, "include-deleted", "true").status()).isEqualTo(200);
        assertThat(http.get("Clients", "include-deleted", "true").body().path("total").asInt()).isEqualTo(7);
        assertThat(http.get("Clients").body().path("total").asInt()).isEqualTo(6);
    }

    private JsonNode pipeline(String name, String... query) {
        List<String> params = new java.util.ArrayList<>(List.of("filter[name]", name));
        params.addAll(List.of(query));
        return http.get("Pipelines", params.toArray(String[]::new)).data().get(0);
    }
}
