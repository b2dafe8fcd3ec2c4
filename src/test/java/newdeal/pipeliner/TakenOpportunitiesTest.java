package newdeal.pipeliner;

import static newdeal.pipeliner.MockPipeliner.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * After an ambiguous create the client never takes an opportunity its caller knows as another create's, however
 * well it matches; and what it refuses before any request exists is an IllegalArgumentException, nothing sent.
 */
class TakenOpportunitiesTest {
    private static final String OURS = "0b000001-0000-4000-8000-000000000001";
    private final MockPipeliner pipeliner = new MockPipeliner();
    private final PipelinerClient client = pipeliner.client();

    @AfterEach
    void stop() throws Exception {
        pipeliner.close();
    }

    @Test
    void never_takes_a_matching_opportunity_the_caller_says_is_taken_and_says_the_deal_may_exist() {
        pipeliner.answerLooks(json(200, "opportunities-lookup-found.json"))
                .reply(new MockResponse().setResponseCode(500));

        PipelinerUnavailableException e = catchThrowableOfType(PipelinerUnavailableException.class,
                () -> client.createOpportunity(Opportunities.globexRenewal(), Instant.now().plusSeconds(2),
                        OURS::equals));

        assertThat(e).as("not the other create's opportunity").isNotNull();
        assertThat(e.mayHaveReachedPipeliner()).isTrue();
        List<RecordedRequest> requests = pipeliner.received();
        assertThat(requests.get(0).getMethod()).isEqualTo("POST");
        assertThat(requests.subList(1, requests.size())).as("looked, and never posted again").isNotEmpty()
                .allMatch(r -> r.getMethod().equals("GET"));
    }

    @Test
    void takes_a_matching_opportunity_nobody_else_has() {
        pipeliner.answerLooks(json(200, "opportunities-lookup-found.json"))
                .reply(new MockResponse().setResponseCode(500));

        Opportunity found = client.createOpportunity(Opportunities.globexRenewal(), MockPipeliner.soon(),
                id -> !id.equals(OURS));

        assertThat(found.id()).isEqualTo(OURS);
    }

    @Test
    void refuses_an_amount_of_10_to_the_99999999_before_sending_anything() {
        assertRefusedUnsent(new BigDecimal("1e99999999"), "beyond what Pipeliner stores");
        assertRefusedUnsent(new BigDecimal("1e15"), "beyond what Pipeliner stores");
    }

    @Test
    void refuses_an_amount_json_cannot_write_plainly_before_sending_anything() {
        assertRefusedUnsent(new BigDecimal("1e-99999999"), "cannot be written as JSON");
    }

    private void assertRefusedUnsent(BigDecimal amount, String why) {
        NewOpportunity o = Opportunities.globexRenewal();
        NewOpportunity odd = new NewOpportunity(o.name(), o.ownerId(), o.stepId(), o.closingDate(),
                new Money(amount, o.value().currencyId(), true), o.opptyTypeId(), o.description(),
                o.accountRelations(), o.contactRelations());

        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> client.createOpportunity(odd, MockPipeliner.soon()));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(why).hasSizeLessThan(300);
        assertThat(pipeliner.received()).as("nothing sent").isEmpty();
    }
}
