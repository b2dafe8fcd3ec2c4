package newdeal.pipeliner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import newdeal.sandbox.Fault;
import newdeal.sandbox.Sandbox;
import newdeal.testing.OpenApiConformance;
import newdeal.testing.SandboxApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The never-twice rule against a server that really stores what it was sent, whatever happens to its answer. */
class AmbiguousCreateAgainstSandboxTest {
    private static final String OPPORTUNITIES = "/entities/Opportunities$";
    private static final OpenApiConformance CONFORMANCE = OpenApiConformance.forSpace(Sandbox.SPACE_ID);
    private static SandboxApi sandbox;
    private static PipelinerClient client;
    private static PipelinerClient setup;

    @BeforeAll
    static void start() {
        sandbox = SandboxApi.start(CONFORMANCE.interceptor());
        client = client(Duration.ofSeconds(1));
        setup = client(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void clear() {
        sandbox.faults().clear();
        CONFORMANCE.assertNoViolations();
    }

    private static PipelinerClient client(Duration readTimeout) {
        return sandbox.client()
                .timeouts(PipelinerClientBuilder.Timeouts.defaults().withConnect(Duration.ofSeconds(1))
                        .withRead(readTimeout).withWrite(Duration.ofSeconds(1)).withCall(Duration.ofSeconds(5)))
                .retry(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(1)))
                .build();
    }

    private static Instant soon() {
        return Instant.now().plusSeconds(10);
    }

    @Test
    void stores_one_opportunity_when_the_answer_to_a_stored_create_is_lost_to_a_gateway() {
        sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withStatus(504).afterHandling().times(1));
        NewOpportunity deal = deal("Gateway lost the answer");

        Opportunity created = client.createOpportunity(deal, soon());

        assertThat(stored(deal.name())).containsExactly(created.id());
    }

    @Test
    void stores_one_opportunity_when_the_connection_drops_after_the_create_was_stored() {
        sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).dropConnection().afterHandling().times(1));
        NewOpportunity deal = deal("Connection dropped");

        Opportunity created = client.createOpportunity(deal, soon());

        assertThat(stored(deal.name())).containsExactly(created.id());
    }

    @Test
    void stores_one_opportunity_when_the_create_answers_after_the_read_timeout() {
        sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withLatency(Duration.ofMillis(1500))
                .afterHandling().times(1));
        NewOpportunity deal = deal("Slow answer");

        Opportunity created = client.createOpportunity(deal, soon());

        assertThat(stored(deal.name())).containsExactly(created.id());
    }

    @Test
    void stores_one_opportunity_when_pipeliner_stores_the_create_only_after_the_client_timed_out() {
        sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withLatency(Duration.ofMillis(1500)).times(1));
        var laterPosts = sandbox.faults().add(Fault.on("POST", OPPORTUNITIES));
        PipelinerClient impatient = client(Duration.ofMillis(500));
        NewOpportunity deal = deal("Stored after the timeout");

        Opportunity created = impatient.createOpportunity(deal, Instant.now().plusSeconds(4));

        assertThat(laterPosts.hits()).as("POSTs after the one that timed out").isZero();
        assertThat(stored(deal.name())).containsExactly(created.id());
    }

    @Test
    void does_not_adopt_an_older_opportunity_with_the_same_name_and_owner_at_another_step() {
        NewOpportunity deal = deal("Look-alike");
        String otherStep = setup.listPipelines(soon()).get(0).steps().get(1).id();
        Opportunity older = setup.createOpportunity(new NewOpportunity(deal.name(), deal.ownerId(), otherStep,
                deal.closingDate(), deal.value(), null, null, deal.accountRelations(), List.of()), soon());
        sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withStatus(504).afterHandling().times(1));

        Opportunity created = client.createOpportunity(deal, soon());

        assertThat(created.id()).isNotEqualTo(older.id());
        assertThat(created.stepId()).isEqualTo(deal.stepId());
        assertThat(stored(deal.name())).containsExactlyInAnyOrder(older.id(), created.id());
    }

    @Test
    void retries_once_and_stores_one_opportunity_when_a_gateway_refused_it_before_pipeliner_saw_it() {
        var fault = sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withStatus(503).times(1));
        NewOpportunity deal = deal("Gateway refused");

        Opportunity created = client.createOpportunity(deal, soon());

        assertThat(fault.hits()).isEqualTo(1);
        assertThat(stored(deal.name())).containsExactly(created.id());
    }

    @Test
    void says_it_may_exist_when_pipeliner_cannot_be_asked_after_a_lost_answer() {
        sandbox.faults().add(Fault.on("POST", OPPORTUNITIES).withStatus(504).afterHandling().times(1));
        sandbox.faults().add(Fault.on("GET", OPPORTUNITIES).withStatus(503));
        NewOpportunity deal = deal("Cannot look");

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.createOpportunity(deal, Instant.now().plusSeconds(1)));

        assertThat(e).isNotNull();
        assertThat(e.mayHaveReachedPipeliner()).isTrue();
        assertThat(e.getMessage()).contains("it may exist");
        sandbox.faults().clear();
        assertThat(stored(deal.name())).as("it did exist, and only once").hasSize(1);
    }

    /** The ids of the opportunities Pipeliner holds with this name. */
    private static List<String> stored(String name) {
        List<String> ids = new java.util.ArrayList<>();
        sandbox.get("Opportunities", "filter[name]", name).data()
                .forEach(o -> ids.add(o.path("id").asText()));
        return ids;
    }

    private static NewOpportunity deal(String name) {
        PipelinerUser owner = setup.listUsers(soon()).get(0);
        Step step = setup.listPipelines(soon()).get(0).steps().get(0);
        Currency base = setup.listCurrencies(soon()).stream().filter(Currency::base).findFirst().orElseThrow();
        String account = setup.searchAccounts("", 1, soon()).get(0).id();
        return new NewOpportunity(name + " " + System.nanoTime(), owner.id(), step.id(), LocalDate.now(java.time.ZoneOffset.UTC).plusDays(14),
                new Money(new BigDecimal("990.00"), base.id(), true), null, null,
                List.of(new Relation(account, true)), List.of());
    }
}
