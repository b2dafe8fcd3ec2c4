package newdeal.pipeliner;

import static newdeal.pipeliner.MockPipeliner.PREFIX;
import static newdeal.pipeliner.MockPipeliner.soon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelinerClientReadsTest {
    private final MockPipeliner pipeliner = MockPipeliner.checkingRequests();
    private final PipelinerClient client = pipeliner.client();

    @AfterEach
    void stop() throws Exception {
        pipeliner.close();
        pipeliner.conformance.assertRequestsConform();
    }

    @Test
    void finds_a_user_by_email_ignoring_case_with_an_encoded_filter() {
        pipeliner.reply(200, "clients-by-email.json");

        Optional<PipelinerUser> user = client.findUserByEmail("jane.doe@example.com", soon());

        assertThat(user).contains(new PipelinerUser("6c1a9d3e-2b7f-4e1a-9c55-0d2f8a4b7e11", "Jane.Doe@Example.com",
                "Jane", "Doe", "Jane Doe", "0f3e2d1c-4b5a-4968-8776-5a4b3c2d1e0f"));
        assertGet(pipeliner.take(), "Clients",
                "filter%5Bemail%5D=jane.doe%40example.com&filter-op%5Bemail%5D=ieq&first=10");
    }

    @Test
    void lists_users_across_pages_without_the_deleted_ones() {
        pipeliner.reply(200, "clients-page-1.json").reply(200, "clients-page-2.json");

        List<PipelinerUser> users = client.listUsers(soon());

        assertThat(users).extracting(PipelinerUser::email)
                .containsExactly("jane.doe@example.com", "omar.haddad@example.com");
        assertGet(pipeliner.take(), "Clients", "first=100");
        assertGet(pipeliner.take(), "Clients", "first=100&after=Y3Vyc29yOjE%3D");
    }

    @Test
    void lists_pipelines_with_their_steps_lowest_sort_order_first() {
        pipeliner.reply(200, "pipelines-expand-steps.json");

        List<Pipeline> pipelines = client.listPipelines(soon());

        assertThat(pipelines).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("New Business");
            assertThat(p.steps()).extracting(Step::name).containsExactly("Qualify", "Discovery", "Proposal");
            assertThat(p.steps()).extracting(Step::pipelineId).containsOnly(p.id());
            assertThat(p.steps().get(2).percent()).isEqualTo(60);
        });
        assertGet(pipeliner.take(), "Pipelines", "expand=steps&order-by=name&first=100");
    }

    @Test
    void lists_opportunity_types_with_their_pipeline() {
        pipeliner.reply(200, "opportunity-types.json");

        assertThat(client.listOpportunityTypes(soon())).containsExactly(
                new OpportunityType("7e000001-0000-4000-8000-000000000001", "New Business",
                        "a1b2c3d4-0001-4000-8000-000000000001"),
                new OpportunityType("7e000002-0000-4000-8000-000000000002", "Unassigned", null));
        assertGet(pipeliner.take(), "OpportunityTypes", "first=100");
    }

    @Test
    void lists_currencies_marking_the_base_one() {
        pipeliner.reply(200, "currencies.json");

        assertThat(client.listCurrencies(soon())).containsExactly(
                new Currency("c0000001-0000-4000-8000-000000000001", "EUR", "€", true),
                new Currency("c0000002-0000-4000-8000-000000000002", "USD", "$", false));
        assertGet(pipeliner.take(), "Currencies", "first=100");
    }

    @Test
    void searches_accounts_by_name_case_insensitively_in_one_page_of_at_most_the_limit() {
        pipeliner.reply(200, "accounts-search.json");

        List<Account> accounts = client.searchAccounts(" glob & co ", 25, soon());

        assertThat(accounts).containsExactly(
                new Account("ac000001-0000-4000-8000-000000000001", "Globex Corporation", "hello@globex.example",
                        "Springfield", "6c1a9d3e-2b7f-4e1a-9c55-0d2f8a4b7e11"),
                new Account("ac000002-0000-4000-8000-000000000002", "Globex Iberia", null, null,
                        "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"));
        assertGet(pipeliner.take(), "Accounts",
                "order-by=name&filter%5Bname%5D=glob%20%26%20co&filter-op%5Bname%5D=icontains&first=25");
    }

    @Test
    void refuses_an_account_search_limit_above_100_without_sending_anything() {
        assertThatThrownBy(() -> client.searchAccounts("globex", 101, soon()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101");
        assertThat(pipeliner.server.getRequestCount()).isZero();
    }

    @Test
    void finds_an_account_by_its_first_email() {
        pipeliner.reply(200, "accounts-search.json");

        assertThat(client.findAccountByEmail("Hello@Globex.example", soon()))
                .map(Account::id).contains("ac000001-0000-4000-8000-000000000001");
        assertGet(pipeliner.take(), "Accounts",
                "filter%5Bemail1%5D=Hello%40Globex.example&filter-op%5Bemail1%5D=ieq&first=1");
    }

    @Test
    void gets_an_account_by_id() {
        pipeliner.reply(200, "accounts-by-id.json");

        assertThat(client.getAccount("ac000001-0000-4000-8000-000000000001", soon()))
                .map(Account::name).contains("Globex Corporation");
        assertGet(pipeliner.take(), "Accounts/ac000001-0000-4000-8000-000000000001", null);
    }

    @Test
    void answers_empty_for_an_account_pipeliner_does_not_have() {
        pipeliner.reply(404, "accounts-by-id-404.json");

        assertThat(client.getAccount("ac000009-0000-4000-8000-000000000009", soon())).isEmpty();
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void lists_the_contacts_of_an_account_as_pipeliner_orders_them_primary_first() {
        pipeliner.reply(200, "contact-account-relations-expand-contact.json");

        List<AccountContact> contacts = client.contactsOfAccount("ac000001-0000-4000-8000-000000000001", soon());

        assertThat(contacts).extracting(c -> c.contact().formattedName(), AccountContact::primary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mindy Simmons", true),
                        org.assertj.core.groups.Tuple.tuple("Hank Scorpio", false));
        assertThat(contacts.get(0).contact()).isEqualTo(new Contact("c7000001-0000-4000-8000-000000000001",
                "Mindy", "Simmons", "Mindy Simmons", "mindy@globex.example", "Procurement"));
        assertGet(pipeliner.take(), "ContactAccountRelations",
                "filter%5Baccount_id%5D=ac000001-0000-4000-8000-000000000001&expand=contact&order-by=-is_primary"
                        + "&first=100");
    }

    @Test
    void reads_one_page_of_an_accounts_contacts_even_when_more_remain() {
        pipeliner.reply(new MockResponse().setHeader("Content-Type", "application/json").setBody(
                MockPipeliner.fixture("contact-account-relations-expand-contact.json")
                        .replace("\"end_cursor\": null, \"has_next_page\": false",
                                "\"end_cursor\": \"c1\", \"has_next_page\": true")));

        List<AccountContact> contacts = client.contactsOfAccount("ac000001-0000-4000-8000-000000000001", soon());

        assertThat(contacts).hasSize(2);
        assertThat(pipeliner.server.getRequestCount()).as("no second page").isEqualTo(1);
    }

    @Test
    void searches_contacts_by_formatted_name_case_insensitively() {
        pipeliner.reply(200, "contacts-search.json");

        assertThat(client.searchContacts("mindy", 100, soon())).extracting(Contact::id)
                .containsExactly("c7000001-0000-4000-8000-000000000001");
        assertGet(pipeliner.take(), "Contacts",
                "filter%5Bformatted_name%5D=mindy&filter-op%5Bformatted_name%5D=icontains&first=100");
    }

    /** Method, path, encoded query and the headers every call carries. */
    static void assertGet(RecordedRequest request, String entityPath, String encodedQuery) {
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo(PREFIX + entityPath);
        assertThat(request.getRequestUrl().encodedQuery()).isEqualTo(encodedQuery);
        assertSentHeaders(request);
    }

    static void assertSentHeaders(RecordedRequest request) {
        String basic = Base64.getEncoder().encodeToString(
                (MockPipeliner.USERNAME + ":" + MockPipeliner.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(request.getHeader("Authorization")).isEqualTo("Basic " + basic);
        assertThat(request.getHeader("User-Agent")).matches("new-deal/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    }
}
