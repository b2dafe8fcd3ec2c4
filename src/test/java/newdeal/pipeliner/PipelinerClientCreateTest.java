package newdeal.pipeliner;

import static newdeal.pipeliner.MockPipeliner.PREFIX;
import static newdeal.pipeliner.MockPipeliner.soon;
import static newdeal.pipeliner.Opportunities.GLOBEX;
import static newdeal.pipeliner.Opportunities.HANK;
import static newdeal.pipeliner.Opportunities.MINDY;
import static newdeal.pipeliner.Opportunities.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelinerClientCreateTest {
    private final MockPipeliner pipeliner = MockPipeliner.checkingRequests();
    private final PipelinerClient client = pipeliner.client();

    @AfterEach
    void stop() throws Exception {
        pipeliner.close();
        pipeliner.conformance.assertRequestsConform();
    }

    @Test
    void creates_an_opportunity_in_the_base_currency_with_the_documented_body() throws Exception {
        pipeliner.reply(201, "opportunities-create-201.json");

        Opportunity created = client.createOpportunity(Opportunities.globexRenewal(), soon());

        assertThat(created).isEqualTo(new Opportunity("0b000001-0000-4000-8000-000000000001", "Globex renewal",
                Opportunities.OWNER, Opportunities.STEP, LocalDate.of(2025, 9, 30), new BigDecimal("12500.5"),
                new BigDecimal("12500.5"), Opportunities.EUR,
                OffsetDateTime.of(2025, 8, 1, 10, 15, 30, 123_456_000, ZoneOffset.UTC)));
        RecordedRequest request = pipeliner.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo(PREFIX + "Opportunities");
        assertThat(request.getRequestUrl().encodedQuery()).isNull();
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
        PipelinerClientReadsTest.assertSentHeaders(request);
        assertThat(MockPipeliner.MAPPER.readTree(request.getBody().readUtf8())).isEqualTo(MockPipeliner.MAPPER.readTree("""
                {"name": "Globex renewal",
                 "owner_id": "6c1a9d3e-2b7f-4e1a-9c55-0d2f8a4b7e11",
                 "step_id": "5e000001-0000-4000-8000-000000000001",
                 "closing_date": "2025-09-30",
                 "value": {"base_value": 12500.50, "currency_id": "c0000001-0000-4000-8000-000000000001",
                           "value_foreign": 12500.50},
                 "oppty_type_id": "7e000001-0000-4000-8000-000000000001",
                 "description": "Three-year renewal",
                 "account_relations": [{"account_id": "ac000001-0000-4000-8000-000000000001", "is_primary": true}],
                 "contact_relations": [{"contact_id": "c7000001-0000-4000-8000-000000000001", "is_primary": true},
                                       {"contact_id": "c7000002-0000-4000-8000-000000000002", "is_primary": false}]}
                """));
    }

    @Test
    void returns_what_it_can_read_of_a_201_whose_body_is_not_quite_what_was_expected() {
        pipeliner.reply(new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json")
                .setBody(MockPipeliner.fixture("opportunities-create-201.json")
                        .replace("\"base_value\": 12500.5", "\"base_value\": \"12,500.50 EUR\"")
                        .replace("\"created\": \"2025-08-01 10:15:30.123456+00:00\"", "\"created\": {\"at\": 1}")));

        Opportunity created = client.createOpportunity(Opportunities.globexRenewal(), soon());

        assertThat(created).isEqualTo(new Opportunity("0b000001-0000-4000-8000-000000000001", "Globex renewal",
                Opportunities.OWNER, Opportunities.STEP, LocalDate.of(2025, 9, 30), null, new BigDecimal("12500.5"),
                Opportunities.EUR, null));
        assertThat(pipeliner.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void looks_up_what_a_201_created_when_its_body_holds_no_readable_id() {
        pipeliner.answerLooks(MockPipeliner.json(200, "opportunities-lookup-found.json"))
                .reply(new MockResponse().setResponseCode(201).setHeader("Content-Type", "text/html")
                        .setBody("<html>Created</html>"));

        Opportunity created = client.createOpportunity(Opportunities.globexRenewal(), soon());

        assertThat(created.id()).isEqualTo("0b000001-0000-4000-8000-000000000001");
        assertThat(pipeliner.received()).extracting(RecordedRequest::getMethod).containsExactly("POST", "GET");
    }

    @Test
    void sends_a_foreign_amount_as_value_foreign_with_its_currency_and_leaves_out_what_is_not_given()
            throws Exception {
        pipeliner.reply(201, "opportunities-create-201.json");
        NewOpportunity o = Opportunities.globexRenewal();

        client.createOpportunity(new NewOpportunity(o.name(), o.ownerId(), o.stepId(), o.closingDate(),
                new Money(new BigDecimal("1E+3"), USD, false), null, null, o.accountRelations(), List.of()), soon());

        String body = pipeliner.take().getBody().readUtf8();
        JsonNode json = MockPipeliner.MAPPER.readTree(body);
        assertThat(json.get("value")).isEqualTo(MockPipeliner.MAPPER.readTree(
                "{\"value_foreign\": 1000, \"currency_id\": \"" + USD + "\"}"));
        assertThat(body).contains("\"value_foreign\":1000").doesNotContain("E+");
        assertThat(json.has("oppty_type_id")).isFalse();
        assertThat(json.has("description")).isFalse();
        assertThat(json.has("contact_relations")).as("an empty contact list is left out").isFalse();
    }

    @Test
    void removes_duplicate_relations_keeping_the_first_and_its_primary_flag() throws Exception {
        pipeliner.reply(201, "opportunities-create-201.json");

        client.createOpportunity(Opportunities.withContacts(List.of(new Relation(HANK, false),
                new Relation(MINDY, false), new Relation(HANK, true), new Relation(MINDY, false))), soon());

        JsonNode json = MockPipeliner.MAPPER.readTree(pipeliner.take().getBody().readUtf8());
        assertThat(json.get("contact_relations")).isEqualTo(MockPipeliner.MAPPER.readTree("""
                [{"contact_id": "c7000002-0000-4000-8000-000000000002", "is_primary": true},
                 {"contact_id": "c7000001-0000-4000-8000-000000000001", "is_primary": false}]"""));
    }

    @Test
    void refuses_contacts_without_a_primary_and_sends_nothing() {
        assertRefused(Opportunities.withContacts(List.of(new Relation(MINDY, false), new Relation(HANK, false))),
                "contactRelations must have exactly one primary item, not 0");
    }

    @Test
    void refuses_two_primary_contacts_and_sends_nothing() {
        assertRefused(Opportunities.withContacts(List.of(new Relation(MINDY, true), new Relation(HANK, true))),
                "contactRelations must have exactly one primary item, not 2");
    }

    @Test
    void refuses_an_account_list_without_a_primary_and_sends_nothing() {
        assertRefused(Opportunities.withAccounts(List.of(new Relation(GLOBEX, false))),
                "accountRelations must have exactly one primary item, not 0");
    }

    @Test
    void refuses_an_opportunity_without_an_account_and_sends_nothing() {
        assertRefused(Opportunities.withAccounts(List.of()), "accountRelations must have exactly one primary item");
    }

    @Test
    void refuses_an_opportunity_without_an_owner_and_sends_nothing() {
        NewOpportunity o = Opportunities.globexRenewal();
        assertRefused(new NewOpportunity(o.name(), " ", o.stepId(), o.closingDate(), o.value(), null, null,
                o.accountRelations(), o.contactRelations()), "NewOpportunity.ownerId is missing");
    }

    @Test
    void refuses_a_foreign_amount_without_its_currency_and_sends_nothing() {
        NewOpportunity o = Opportunities.globexRenewal();
        assertRefused(new NewOpportunity(o.name(), o.ownerId(), o.stepId(), o.closingDate(),
                new Money(BigDecimal.TEN, null, false), null, null, o.accountRelations(), o.contactRelations()),
                "value.currencyId");
    }

    private void assertRefused(NewOpportunity opportunity, String message) {
        assertThatThrownBy(() -> client.createOpportunity(opportunity, soon()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThat(pipeliner.server.getRequestCount()).isZero();
    }
}
