package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import newdeal.testing.SandboxApi;

/**
 * The seed is deterministic and looks like a real sales team's space, read over HTTP as a client would. Reading all
 * of it is checked against the spec for one page per entity type only: validating every null field of ~1,500 rows
 * would take a minute and prove nothing more.
 */
class SeedDataTest {
    private static final List<String> SEEDED = List.of("Clients", "SalesUnits", "Pipelines", "Steps", "OpportunityTypes",
            "Currencies", "CurrencyExchangeRates", "Accounts", "Contacts", "ContactAccountRelations", "Opportunities",
            "LeadOpptyAccountRelations", "LeadOpptyContactRelations");
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private final SandboxApi http = SandboxApi.over(SANDBOX.sandbox());

    @Test
    void serves_a_page_of_every_seeded_entity_type_as_the_spec_declares_it() {
        for (String entity : SEEDED) {
            SandboxApi.Reply page = SANDBOX.http().get(entity, "include-deleted", "true");
            assertThat(page.status()).as(entity).isEqualTo(200);
            SANDBOX.http().get(entity + "/" + page.ids().get(0));
        }
    }

    @Test
    void serves_exactly_the_same_rows_on_every_start() {
        try (Sandbox second = Sandbox.start(0)) {
            SandboxApi other = SandboxApi.over(second);
            for (String entity : SEEDED) {
                assertThat(text(other, second, entity)).as(entity).isEqualTo(text(http, SANDBOX.sandbox(), entity));
            }
        }
    }

    @Test
    void has_a_team_of_users_with_emails_one_of_them_deleted() {
        List<JsonNode> users = http.all("Clients", "include-deleted", "true");

        assertThat(users.stream().filter(u -> !u.path("is_deleted").asBoolean())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(users).filteredOn(u -> u.path("is_deleted").asBoolean()).hasSize(1);
        assertThat(users).allMatch(u -> u.path("email").asText().contains("@"));
        assertThat(users).anyMatch(u -> !u.path("email").asText().equals(u.path("email").asText().toLowerCase()));
    }

    @Test
    void has_pipelines_of_four_to_six_steps_with_rising_percents_and_types_for_some() {
        List<JsonNode> pipelines = http.all("Pipelines", "expand", "steps,opportunity_types");

        assertThat(pipelines).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> {
            List<JsonNode> steps = list(p.path("steps"));
            assertThat(steps).hasSizeBetween(4, 6);
            assertThat(steps).extracting(s -> s.path("sort_order").asInt()).doesNotHaveDuplicates().isSorted();
            assertThat(steps).extracting(s -> s.path("percent").asInt()).isSorted().allMatch(pc -> pc > 0 && pc < 100);
        });
        assertThat(pipelines).anyMatch(p -> p.path("opportunity_types").size() > 0)
                .anyMatch(p -> p.path("opportunity_types").isEmpty());
    }

    @Test
    void has_a_base_currency_and_two_foreign_ones_with_exchange_rates() {
        List<JsonNode> currencies = http.all("Currencies", "expand", "currency_exchange_rates");

        assertThat(currencies).filteredOn(c -> c.path("is_base").asBoolean()).extracting(c -> c.path("code").asText())
                .containsExactly("EUR");
        assertThat(currencies).filteredOn(c -> !c.path("is_base").asBoolean()).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(c -> c.at("/currency_exchange_rates/0/exchange_rate").decimalValue().signum() > 0);
    }

    @Test
    void has_two_hundred_and_three_accounts_with_names_emails_and_cities_globex_and_non_latin_ones_among_them() {
        List<JsonNode> accounts = http.all("Accounts");

        assertThat(accounts).hasSize(203).allMatch(a -> a.path("name").asText().length() > 2
                && a.path("email1").asText().contains("@") && !a.path("city").asText().isBlank());
        assertThat(accounts).extracting(a -> a.path("name").asText()).doesNotHaveDuplicates()
                .contains("Globex Corporation", "Initech", "Acme Corporation", "Müller GmbH", "ООО Ромашка", "株式会社さくら");
    }

    @Test
    void gives_globex_open_won_and_lost_deals_named_like_each_other_and_a_deleted_one() {
        String globex = http.get("Accounts", "filter[name]", "Globex Corporation").ids().get(0);
        List<JsonNode> deals = http.all("LeadOpptyAccountRelations", "filter[account_id]", globex, "expand", "oppty")
                .stream().map(r -> r.path("oppty")).toList();

        assertThat(deals).extracting(d -> d.path("status").asInt()).contains(1, 2, 3);
        assertThat(deals).filteredOn(d -> d.path("status").asInt() == 1 && !d.path("is_deleted").asBoolean())
                .hasSizeGreaterThan(3);
        assertThat(deals).extracting(d -> d.path("name").asText())
                .contains("Globex renewal 2024", "Globex renewal 2025", "Globex renewal 2026");
        assertThat(deals).anyMatch(d -> d.path("is_deleted").asBoolean());
    }

    @Test
    void has_accounts_that_share_a_word_and_accounts_named_in_other_scripts_with_contacts() {
        List<String> names = http.all("Accounts").stream().map(a -> a.path("name").asText()).toList();

        assertThat(names).filteredOn(n -> n.startsWith("Redwood ")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(names).filteredOn(n -> n.startsWith("Globex ")).hasSizeGreaterThanOrEqualTo(3);
        for (String name : List.of("Müller GmbH", "ООО Ромашка", "株式会社さくら")) {
            String id = http.get("Accounts", "filter[name]", name).ids().get(0);
            assertThat(http.get("ContactAccountRelations", "filter[account_id]", id).data()).as(name).isNotEmpty();
        }
    }

    @Test
    void gives_every_live_contact_exactly_one_primary_account_and_some_accounts_several_contacts() {
        List<JsonNode> contacts = http.all("Contacts");
        List<JsonNode> relations = http.all("ContactAccountRelations");
        Map<String, Long> primaries = relations.stream().filter(r -> r.path("is_primary").asBoolean())
                .collect(Collectors.groupingBy(r -> r.path("contact_id").asText(), Collectors.counting()));
        Map<String, Long> perAccount = relations.stream()
                .collect(Collectors.groupingBy(r -> r.path("account_id").asText(), Collectors.counting()));

        assertThat(contacts).hasSizeBetween(550, 700);
        assertThat(contacts).allMatch(c -> primaries.getOrDefault(c.path("id").asText(), 0L) == 1);
        assertThat(perAccount.values().stream().filter(n -> n >= 3)).hasSizeGreaterThan(50);
    }

    @Test
    void uses_uuids_and_points_every_relation_at_an_existing_row() {
        Set<String> clients = ids("Clients");
        Set<String> accounts = ids("Accounts");
        Set<String> contacts = ids("Contacts");
        Set<String> pipelines = ids("Pipelines");

        assertThat(clients).allMatch(id -> id.matches(UUID));
        assertThat(http.all("Accounts")).allMatch(a -> clients.contains(a.path("owner_id").asText()));
        assertThat(http.all("OpportunityTypes")).allMatch(t -> pipelines.contains(t.path("pipeline_id").asText()));
        assertThat(http.all("ContactAccountRelations")).allMatch(r -> accounts.contains(r.path("account_id").asText())
                && contacts.contains(r.path("contact_id").asText()));
    }

    private Set<String> ids(String entity) {
        return http.all(entity, "include-deleted", "true").stream().map(r -> r.path("id").asText())
                .collect(Collectors.toSet());
    }

    private static String text(SandboxApi client, Sandbox sandbox, String entity) {
        List<JsonNode> rows = client.all(entity, "include-deleted", "true");
        rows.sort(Comparator.comparing((Function<JsonNode, String>) r -> r.path("id").asText()));
        return rows.toString().replace(sandbox.baseUrl(), "{service}");
    }

    private static List<JsonNode> list(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
    }
}
