package newdeal.pipeliner;

import static newdeal.pipeliner.MockPipeliner.soon;
import static newdeal.pipeliner.PipelinerClientReadsTest.assertGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lists of open opportunities: the exact requests (checked against the spec) and what is made of the answers. */
class PipelinerClientOpenOpportunitiesTest {
    private static final String GLOBEX = "ac000001-0000-4000-8000-000000000001";
    private static final String JANE = "6c1a9d3e-2b7f-4e1a-9c55-0d2f8a4b7e11";
    private static final String FIELDS = "id%2Cname%2Cowner_id%2Cstep_id%2Cclosing_date%2Cvalue%2Cstatus%2Cis_archived"
            + "%2Cis_deleted%2Ccreated%2Cmodified";
    private final MockPipeliner pipeliner = MockPipeliner.checkingRequests();
    private final PipelinerClient client = pipeliner.client();

    @AfterEach
    void stop() throws Exception {
        pipeliner.close();
        pipeliner.conformance.assertRequestsConform();
    }

    @Test
    void lists_an_account_s_open_opportunities_most_recently_modified_first_from_its_relations() {
        pipeliner.reply(200, "lead-oppty-account-relations-expand-oppty.json");

        List<OpenOpportunity> open = client.openOpportunitiesOfAccount(GLOBEX, 3, soon());

        assertThat(open).extracting(OpenOpportunity::name).as("no won, lost, archived or lead's, each once")
                .containsExactly("Globex renewal 2026", "Globex support extension", "Globex renewal 2024");
        assertThat(open.get(1)).isEqualTo(new OpenOpportunity("0b000012-0000-4000-8000-000000000012",
                "Globex support extension", "7b2e4f10-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
                "5e000003-0000-4000-8000-000000000003", LocalDate.of(2027, 2, 26), new BigDecimal("18000"),
                "c0000002-0000-4000-8000-000000000002", new BigDecimal("16589.86"),
                OffsetDateTime.parse("2026-07-14T10:45:02.337190Z"), OffsetDateTime.parse("2026-10-02T16:20:45.921003Z")));
        assertGet(pipeliner.take(), "LeadOpptyAccountRelations", "filter%5Baccount_id%5D=" + GLOBEX
                + "&expand=oppty&load-only=" + FIELDS.replaceAll("(^|%2C)", "$1oppty.") + "&first=100");
    }

    @Test
    void stops_at_the_limit() {
        pipeliner.reply(200, "lead-oppty-account-relations-expand-oppty.json");

        assertThat(client.openOpportunitiesOfAccount(GLOBEX, 1, soon())).extracting(OpenOpportunity::name)
                .containsExactly("Globex renewal 2026");
    }

    @Test
    void reads_every_page_of_relations_since_the_latest_open_one_may_be_on_the_last() {
        pipeliner.reply(page("{\"start_cursor\": \"YQ==\", \"end_cursor\": \"Yg==\", \"has_previous_page\": false,"
                        + " \"has_next_page\": true}", opportunity("0b000010-0000-4000-8000-000000000010", "Older",
                        "2023-04-09 21:48:19.630722+00:00")))
                .reply(page("{\"start_cursor\": \"Yw==\", \"end_cursor\": null, \"has_previous_page\": true,"
                        + " \"has_next_page\": false}", opportunity("0b000015-0000-4000-8000-000000000015", "Newer",
                        "2026-11-20 14:03:11.402188+00:00")));

        assertThat(client.openOpportunitiesOfAccount(GLOBEX, 3, soon())).extracting(OpenOpportunity::name)
                .containsExactly("Newer", "Older");
        pipeliner.take();
        assertThat(pipeliner.take().getRequestUrl().queryParameter("after")).isEqualTo("Yg==");
    }

    @Test
    void lists_a_user_s_open_unarchived_opportunities_newest_first_in_one_request() {
        pipeliner.reply(200, "opportunities-open-of-owner.json");

        List<OpenOpportunity> open = client.openOpportunitiesOwnedBy(JANE, 10, soon());

        assertThat(open).extracting(OpenOpportunity::name).containsExactly("Globex renewal 2026", "Globex renewal 2024");
        assertThat(open.get(0).closingDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(open.get(0).valueForeign()).isEqualByComparingTo("52000");
        assertGet(pipeliner.take(), "Opportunities", "filter%5Bowner_id%5D=" + JANE + "&filter%5Bstatus%5D=1"
                + "&filter%5Bis_archived%5D=false&order-by=-created&load-only=" + FIELDS + "&first=10");
    }

    @Test
    void refuses_a_blank_id_or_a_limit_below_one_without_sending_anything() {
        assertThatThrownBy(() -> client.openOpportunitiesOfAccount(" ", 3, soon()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account id");
        assertThatThrownBy(() -> client.openOpportunitiesOfAccount(GLOBEX, 0, soon()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 0");
        assertThatThrownBy(() -> client.openOpportunitiesOwnedBy(null, 10, soon()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user id");
        assertThatThrownBy(() -> client.openOpportunitiesOwnedBy(JANE, 101, soon()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101");
        assertThat(pipeliner.server.getRequestCount()).isZero();
    }

    private static MockResponse page(String pageInfo, String opportunity) {
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                .setBody("{\"success\": true, \"page_info\": " + pageInfo + ", \"data\": [{\"oppty\": " + opportunity
                        + "}]}");
    }

    private static String opportunity(String id, String name, String modified) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"owner_id\": \"" + JANE + "\", \"status\": 1,"
                + " \"is_archived\": false, \"is_deleted\": false, \"modified\": \"" + modified + "\"}";
    }
}
