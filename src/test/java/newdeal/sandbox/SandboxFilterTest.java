package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import newdeal.testing.SandboxApi;

class SandboxFilterTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private final SandboxApi http = SANDBOX.http();

    @Test
    void eq_matches_the_exact_value_only() {
        assertThat(names("Clients", "email", "eq", "Tom.Berger@Northwind-Sales.example")).containsExactly("Tom Berger");
        assertThat(names("Clients", "email", "eq", "tom.berger@northwind-sales.example")).isEmpty();
    }

    @Test
    void eq_is_the_operator_when_none_is_given() {
        SandboxApi.Reply reply = http.get("Accounts", "filter[email1]", "sales@globex.example");

        assertThat(reply.data()).extracting(a -> a.path("name").asText()).containsExactly("Globex Corporation");
    }

    @Test
    void ieq_matches_ignoring_case_as_owner_lookup_by_email_needs() {
        assertThat(names("Clients", "email", "ieq", "tom.berger@northwind-sales.example")).containsExactly("Tom Berger");
        assertThat(names("Clients", "email", "ieq", "Sofia.Lindqvist@Northwind-Sales.Example"))
                .containsExactly("Sofia Lindqvist");
    }

    @Test
    void not_eq_and_not_ieq_exclude_the_value() {
        assertThat(names("Clients", "email", "not-eq", "Tom.Berger@Northwind-Sales.example"))
                .hasSize(5).doesNotContain("Tom Berger");
        assertThat(names("Clients", "email", "not-ieq", "TOM.BERGER@northwind-sales.example"))
                .hasSize(5).doesNotContain("Tom Berger");
    }

    @Test
    void icontains_finds_every_live_globex_account_and_contains_respects_case() {
        assertThat(names("Accounts", "name", "icontains", "globex"))
                .containsExactlyInAnyOrder("Globex Corporation", "Globex UK Ltd", "Globex Logistics GmbH");
        assertThat(names("Accounts", "name", "contains", "globex")).isEmpty();
        assertThat(names("Accounts", "name", "contains", "lobex")).hasSize(3);
    }

    @Test
    void starts_and_istarts_match_the_beginning() {
        assertThat(names("Accounts", "name", "starts", "Globex")).hasSize(3);
        assertThat(names("Accounts", "name", "starts", "globex")).isEmpty();
        assertThat(names("Accounts", "name", "istarts", "gLOBEX")).hasSize(3);
        assertThat(names("Accounts", "name", "starts", "lobex")).isEmpty();
    }

    @Test
    void ends_and_iends_match_the_end() {
        List<String> gmbh = names("Accounts", "name", "ends", "GmbH");
        assertThat(gmbh).isNotEmpty().allMatch(n -> n.endsWith("GmbH"));
        assertThat(gmbh).hasSameSizeAs(matching("Accounts", a -> a.path("name").asText().endsWith("GmbH")));
        assertThat(names("Accounts", "name", "iends", "gmbh")).hasSameSizeAs(gmbh);
    }

    @Test
    void null_and_not_null_take_no_value() {
        List<JsonNode> leadSteps = http.get("Steps", "filter-op[pipeline_id]", "null").rows();
        List<JsonNode> pipelineSteps = http.get("Steps", "filter-op[pipeline_id]", "not-null").rows();

        assertThat(leadSteps).extracting(s -> s.path("name").asText()).containsExactlyInAnyOrder("New Lead", "Contacted");
        assertThat(pipelineSteps).hasSize(15).allMatch(s -> s.path("pipeline_id").isTextual());
    }

    @Test
    void empty_and_not_empty_treat_null_and_blank_alike() {
        assertThat(names("Accounts", "email2", "not-empty", null)).containsExactly("Globex Corporation");
        assertThat(http.get("Accounts", "filter-op[email2]", "empty").body().path("total").asInt()).isEqualTo(202);
    }

    @ParameterizedTest(name = "percent {0} {1}")
    @CsvSource({"gt, 80", "gte, 80", "lt, 25", "lte, 25", "between, '25,50'"})
    void compares_numbers_by_value(String op, String operand) {
        List<String> found = names("Steps", "percent", op, operand);

        List<String> expected = matching("Steps", s -> numberMatches(op, operand, s.path("percent").asInt()))
                .stream().map(s -> s.path("name").asText()).toList();
        assertThat(expected).isNotEmpty();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void compares_timestamps_in_pipeliner_and_iso_form_alike() {
        JsonNode newest = http.get("Accounts", "order-by", "-created", "first", "3").data();
        String third = newest.get(2).path("created").asText();

        assertThat(names("Accounts", "created", "gte", third)).hasSize(3);
        assertThat(names("Accounts", "created", "gt", third.replace(' ', 'T').replace("+00:00", "Z"))).hasSize(2);
        assertThat(names("Accounts", "created", "lt", "2000-01-01")).isEmpty();
    }

    @Test
    void filters_booleans_and_combines_filters_with_and() {
        String globex = http.get("Accounts", "filter[name]", "Globex Corporation").ids().get(0);
        SandboxApi.Reply primaries = http.get("ContactAccountRelations", "filter[account_id]", globex,
                "filter[is_primary]", "true");

        assertThat(primaries.data()).hasSize(6)
                .allMatch(r -> r.path("is_primary").asBoolean() && r.path("account_id").asText().equals(globex));
    }

    @Test
    void refuses_unknown_fields_operators_and_missing_values_with_a_400() {
        assertRefused(http.get("Accounts", "filter[colour]", "red"), "colour");
        assertRefused(http.get("Accounts", "filter[name]", "x", "filter-op[name]", "like"), "like");
        assertRefused(http.get("Accounts", "filter-op[name]", "icontains"), "filter[name]");
        assertRefused(http.get("Steps", "filter[percent]", "high", "filter-op[percent]", "gt"), "high");
    }

    private List<String> names(String entity, String field, String op, String value) {
        SandboxApi.Reply reply = value == null ? http.get(entity, "filter-op[" + field + "]", op, "first", "100")
                : http.get(entity, "filter[" + field + "]", value, "filter-op[" + field + "]", op, "first", "100");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.rows().stream().map(row -> row.path("name").asText()).toList();
    }

    private List<JsonNode> matching(String entity, Predicate<JsonNode> predicate) {
        return http.all(entity).stream().filter(predicate).toList();
    }

    private static boolean numberMatches(String op, String operand, int value) {
        return switch (op) {
            case "gt" -> value > Integer.parseInt(operand);
            case "gte" -> value >= Integer.parseInt(operand);
            case "lt" -> value < Integer.parseInt(operand);
            case "lte" -> value <= Integer.parseInt(operand);
            default -> value >= Integer.parseInt(operand.split(",")[0]) && value <= Integer.parseInt(operand.split(",")[1]);
        };
    }

    private static void assertRefused(SandboxApi.Reply reply, String named) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("code").asInt()).isEqualTo(117);
        assertThat(reply.body().path("message").asText()).contains(named);
    }
}
