package newdeal.pipeliner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newdeal.sandbox.Sandbox;
import newdeal.testing.OpenApiConformance;
import newdeal.testing.SandboxApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against the embedded sandbox, every request and answer checked against Pipeliner's spec. */
class ClientAgainstSandboxTest {
    private static final OpenApiConformance CONFORMANCE = OpenApiConformance.forSpace(Sandbox.SPACE_ID);
    private static final AtomicInteger SENT = new AtomicInteger();
    private static SandboxApi sandbox;
    private static PipelinerClient client;

    @BeforeAll
    static void start() {
        sandbox = SandboxApi.start(chain -> {
            SENT.incrementAndGet();
            return chain.proceed(chain.request());
        }, CONFORMANCE.interceptor());
        client = sandbox.client()
                .timeouts(PipelinerClientBuilder.Timeouts.defaults().withConnect(Duration.ofSeconds(1))
                        .withRead(Duration.ofSeconds(2)).withWrite(Duration.ofSeconds(1))
                        .withCall(Duration.ofSeconds(5)))
                .retry(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(1)))
                .build();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void everything_conformed_to_the_spec() {
        CONFORMANCE.assertNoViolations();
    }

    private static Instant soon() {
        return Instant.now().plusSeconds(10);
    }

    @Test
    void follows_the_create_opportunity_tutorial_end_to_end() {
        PipelinerUser someone = client.listUsers(soon()).get(0);
        PipelinerUser owner = client.findUserByEmail(someone.email().toUpperCase(), soon()).orElseThrow();
        Pipeline pipeline = client.listPipelines(soon()).get(0);
        Step firstStep = pipeline.steps().get(0);
        Account account = accountWithContacts();
        Account byEmail = client.findAccountByEmail(account.email1().toUpperCase(), soon()).orElseThrow();
        List<AccountContact> contacts = client.contactsOfAccount(byEmail.id(), soon());
        Currency base = client.listCurrencies(soon()).stream().filter(Currency::base).findFirst().orElseThrow();
        String type = client.listOpportunityTypes(soon()).stream()
                .filter(t -> pipeline.id().equals(t.pipelineId())).map(OpportunityType::id).findFirst().orElse(null);

        Opportunity created = client.createOpportunity(new NewOpportunity("Tutorial deal " + System.nanoTime(),
                owner.id(), firstStep.id(), LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30),
                new Money(new BigDecimal("4200.00"), base.id(), true), type, "Created by the tutorial test",
                List.of(new Relation(byEmail.id(), true)),
                contacts.stream().map(c -> new Relation(c.contact().id(), c == contacts.get(0))).toList()), soon());

        assertThat(owner).isEqualTo(someone);
        assertThat(firstStep.sortOrder()).isEqualTo(pipeline.steps().stream().mapToInt(Step::sortOrder).min().getAsInt());
        assertThat(byEmail.id()).isEqualTo(account.id());
        assertThat(contacts.get(0).primary()).isTrue();
        Opportunity readBack = client.getOpportunity(created.id(), soon()).orElseThrow();
        assertThat(readBack).isEqualTo(created);
        assertThat(readBack).extracting(Opportunity::ownerId, Opportunity::stepId, Opportunity::currencyId)
                .containsExactly(owner.id(), firstStep.id(), base.id());
        assertThat(readBack.baseValue()).isEqualByComparingTo("4200");
        assertThat(readBack.valueForeign()).isEqualByComparingTo("4200");
        assertThat(readBack.created()).isNotNull();
    }

    @Test
    void creates_in_a_foreign_currency_and_pipeliner_computes_the_base_value() {
        Currency foreign = client.listCurrencies(soon()).stream().filter(c -> !c.base()).findFirst().orElseThrow();
        BigDecimal rate = sandbox.get("CurrencyExchangeRates", "filter[currency_id]", foreign.id())
                .data().get(0).path("exchange_rate").decimalValue();

        Opportunity created = client.createOpportunity(opportunity("Foreign deal",
                new Money(new BigDecimal("1000"), foreign.id(), false), List.of(new Relation(anyAccount(), true))),
                soon());

        assertThat(created.currencyId()).isEqualTo(foreign.id());
        assertThat(created.valueForeign()).isEqualByComparingTo("1000");
        assertThat(created.baseValue()).isEqualByComparingTo(
                new BigDecimal("1000").divide(rate, 2, RoundingMode.HALF_UP));
    }

    @Test
    void refuses_two_primary_accounts_before_sending_anything() {
        String account = anyAccount();
        NewOpportunity twoPrimaries = opportunity("Two primaries", base(),
                List.of(new Relation(account, true), new Relation(otherAccount(account), true)));
        int before = SENT.get();

        assertThatThrownBy(() -> client.createOpportunity(twoPrimaries, soon()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accountRelations must have exactly one primary item, not 2");
        assertThat(SENT.get()).isEqualTo(before);
    }

    @Test
    void the_sandbox_refuses_two_primary_accounts_sent_raw_with_the_422_the_client_would_read() {
        String account = anyAccount();
        PipelinerUser owner = client.listUsers(soon()).get(0);
        Step step = client.listPipelines(soon()).get(0).steps().get(0);

        SandboxApi.Reply answer = sandbox.post("Opportunities", """
                {"name": "Raw two primaries", "owner_id": "%s", "step_id": "%s", "closing_date": "2030-01-31",
                 "value": {"base_value": 10, "currency_id": "%s", "value_foreign": 10},
                 "account_relations": [{"account_id": "%s", "is_primary": true},
                                       {"account_id": "%s", "is_primary": true}]}
                """.formatted(owner.id(), step.id(), base().currencyId(), account, otherAccount(account)));

        assertThat(answer.status()).isEqualTo(422);
        ErrorBody error = ErrorBody.parse(SandboxApi.JSON, answer.status(), answer.bytes());
        assertThat(error.name()).isEqualTo("ERROR_ENTITY_VALIDATION");
        assertThat(error.message()).contains("Exactly one 'is_primary' item must be set.");
        assertThat(error.fieldErrors()).containsKey("account_relations");
    }

    @Test
    void reads_accounts_contacts_and_a_missing_account_as_the_spec_describes_them() {
        List<Account> accounts = client.searchAccounts("a", 15, soon());
        Account first = accounts.get(0);

        assertThat(accounts).hasSizeBetween(2, 15).allSatisfy(a -> assertThat(a.name()).containsIgnoringCase("a"));
        assertThat(accounts).extracting(Account::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(client.getAccount(first.id(), soon())).contains(first);
        assertThat(client.getAccount("00000000-0000-4000-8000-00000000dead", soon())).isEmpty();
        assertThat(client.searchContacts("an", 5, soon())).hasSizeBetween(1, 5)
                .allSatisfy(c -> assertThat(c.formattedName()).containsIgnoringCase("an"));
    }

    @Test
    void lists_an_accounts_contacts_primary_first_because_pipeliner_orders_them_by_is_primary() {
        String account = accountWithPrimaryAndOtherContacts();
        JsonNode ascending = sandbox.get("ContactAccountRelations", "filter[account_id]", account,
                "order-by", "is_primary").data();

        List<AccountContact> contacts = client.contactsOfAccount(account, soon());

        assertThat(ascending.get(0).path("is_primary").asBoolean())
                .as("the sandbox really orders by the boolean (seeded relations list the primary first otherwise)")
                .isFalse();
        assertThat(contacts).hasSize(ascending.size());
        assertThat(contacts.get(0).primary()).isTrue();
        assertThat(contacts).extracting(AccountContact::primary).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void pages_through_the_live_accounts_then_reads_only_what_changed_deleted_ones_included() {
        Instant since = client.lastAccountChange(soon()).orElseThrow();
        List<AccountChange> all = new java.util.ArrayList<>();
        String after = null;
        do {
            AccountPage page = client.accountsPage(null, after, soon());
            all.addAll(page.accounts());
            after = page.next();
        } while (after != null);
        String kept = sandbox.sandbox().accounts().add("Zenith Robotics " + System.nanoTime(), null, "Graz");
        String gone = sandbox.sandbox().accounts().add("Zenith Trading " + System.nanoTime(), null, null);
        sandbox.sandbox().accounts().rename(kept, "Zenith Robotics AG");
        sandbox.sandbox().accounts().delete(gone);

        List<AccountChange> changes = client.accountsPage(since, null, soon()).accounts();

        assertThat(all).hasSize(sandbox.sandbox().accounts().live() - 1).noneMatch(AccountChange::deleted);
        assertThat(changes).extracting(c -> c.account().id()).contains(kept, gone);
        assertThat(changes).filteredOn(c -> c.account().id().equals(kept)).singleElement()
                .satisfies(c -> assertThat(c.account().name()).isEqualTo("Zenith Robotics AG"));
        assertThat(changes).filteredOn(AccountChange::deleted).extracting(c -> c.account().id()).contains(gone);
        assertThat(changes).extracting(AccountChange::modified).isSorted().allSatisfy(m ->
                assertThat(m).isAfterOrEqualTo(since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }

    /** An account with a primary contact relation and another one, whose seeded order lists the primary first. */
    private static String accountWithPrimaryAndOtherContacts() {
        return client.searchAccounts("", 30, soon()).stream().map(Account::id)
                .filter(id -> {
                    JsonNode byCreation = sandbox.get("ContactAccountRelations", "filter[account_id]", id)
                            .data();
                    return byCreation.size() >= 2 && byCreation.get(0).path("is_primary").asBoolean()
                            && !byCreation.get(byCreation.size() - 1).path("is_primary").asBoolean();
                })
                .findFirst().orElseThrow();
    }

    private static Account accountWithContacts() {
        return client.searchAccounts("", 10, soon()).stream()
                .filter(a -> a.email1() != null && client.contactsOfAccount(a.id(), soon()).size() >= 2)
                .findFirst().orElseThrow();
    }

    private static String anyAccount() {
        return client.searchAccounts("", 1, soon()).get(0).id();
    }

    private static String otherAccount(String id) {
        return client.searchAccounts("", 2, soon()).stream().map(Account::id).filter(a -> !a.equals(id))
                .findFirst().orElseThrow();
    }

    private static Money base() {
        return new Money(BigDecimal.TEN, client.listCurrencies(soon()).stream().filter(Currency::base)
                .findFirst().orElseThrow().id(), true);
    }

    private static NewOpportunity opportunity(String name, Money value, List<Relation> accounts) {
        PipelinerUser owner = client.listUsers(soon()).get(0);
        Step step = client.listPipelines(soon()).get(0).steps().get(0);
        return new NewOpportunity(name + " " + System.nanoTime(), owner.id(), step.id(), LocalDate.now(java.time.ZoneOffset.UTC).plusDays(7),
                value, null, null, accounts, List.of());
    }
}
