package newdeal.pipeliner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import newdeal.sandbox.Sandbox;
import newdeal.testing.OpenApiConformance;
import newdeal.testing.SandboxApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lists of open opportunities and the account create against the embedded sandbox's seed, every request and
 * answer checked against Pipeliner's spec.
 */
class DealListsAgainstSandboxTest {
    private static final OpenApiConformance CONFORMANCE = OpenApiConformance.forSpace(Sandbox.SPACE_ID);
    private static SandboxApi sandbox;
    private static PipelinerClient client;

    @BeforeAll
    static void start() {
        sandbox = SandboxApi.start(CONFORMANCE.interceptor());
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
    void lists_globex_s_three_most_recently_modified_open_deals_leaving_out_won_lost_and_deleted_ones() {
        String globex = account("Globex Corporation");

        List<OpenOpportunity> top = client.openOpportunitiesOfAccount(globex, 3, soon());
        List<OpenOpportunity> all = client.openOpportunitiesOfAccount(globex, 50, soon());

        assertThat(top).extracting(OpenOpportunity::name)
                .containsExactly("Globex renewal 2026", "Globex support extension", "Globex security audit");
        assertThat(all).extracting(OpenOpportunity::name).as("a deal where Globex is the second account counts too")
                .containsExactly("Globex renewal 2026", "Globex support extension", "Globex security audit",
                        "Stark Globex co-sell", "Globex renewal 2024");
        assertThat(top.get(1).currencyId()).isEqualTo(currency("USD"));
        assertThat(top.get(1).valueForeign()).isEqualByComparingTo("18000");
    }

    @Test
    void lists_a_rep_s_open_unarchived_deals_newest_first() {
        PipelinerUser anna = client.findUserByEmail("anna.keller@northwind-sales.example", soon()).orElseThrow();

        List<OpenOpportunity> open = client.openOpportunitiesOwnedBy(anna.id(), 10, soon());

        assertThat(open).extracting(OpenOpportunity::name).containsExactly("Globex renewal 2026",
                "Globex security audit", "Acme annual licences", "Globex renewal 2024");
        assertThat(open).allSatisfy(o -> assertThat(o.ownerId()).isEqualTo(anna.id()));
        assertThat(client.openOpportunitiesOwnedBy(anna.id(), 2, soon())).hasSize(2);
    }

    @Test
    void creates_an_account_owned_by_the_deal_s_owner_then_a_deal_with_it_as_the_primary_account() {
        PipelinerUser tom = client.findUserByEmail("tom.berger@northwind-sales.example", soon()).orElseThrow();
        Instant before = Instant.now();

        Account created = client.createAccount(new NewAccount("Brandneu Maschinenbau AG", tom.id(),
                "info@brandneu-maschinenbau.example"), soon());
        Step step = client.listPipelines(soon()).get(0).steps().get(0);
        Opportunity deal = client.createOpportunity(new NewOpportunity("Brandneu first order", tom.id(), step.id(),
                LocalDate.now(ZoneOffset.UTC).plusDays(30), new Money(new BigDecimal("7300"), currency("EUR"), true),
                null, null, List.of(new Relation(created.id(), true)), List.of()), soon());

        assertThat(created.name()).isEqualTo("Brandneu Maschinenbau AG");
        assertThat(created.ownerId()).isEqualTo(tom.id());
        assertThat(client.getAccount(created.id(), soon())).contains(created);
        assertThat(client.findAccountCreatedSince("Brandneu Maschinenbau AG", tom.id(), before, soon())).contains(created);
        assertThat(client.openOpportunitiesOfAccount(created.id(), 3, soon())).extracting(OpenOpportunity::id)
                .containsExactly(deal.id());
    }

    private static String account(String name) {
        return client.searchAccounts(name, 5, soon()).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private static String currency(String code) {
        return client.listCurrencies(soon()).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }
}
