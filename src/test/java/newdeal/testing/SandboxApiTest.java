package newdeal.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import newdeal.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SandboxApiTest {
    private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
    private static final OpenApiConformance CONFORMANCE = OpenApiConformance.forSpace(Sandbox.SPACE_ID);
    private static Sandbox sandbox;
    private static SandboxApi api;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(0);
        api = new SandboxApi(sandbox,
                SandboxApi.client(Duration.ofSeconds(5)).addInterceptor(CONFORMANCE.interceptor()).build(),
                new ObjectMapper());
    }

    @AfterEach
    void conforms() {
        CONFORMANCE.assertNoViolations();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void lists_every_row_of_a_listing_longer_than_a_page_by_following_the_after_cursor() {
        int total = api.get("Accounts", "first", "1").body().path("total").asInt();

        List<JsonNode> accounts = api.all("Accounts");

        assertThat(total).as("seeded accounts").isGreaterThan(100);
        assertThat(accounts).hasSize(total);
        assertThat(accounts.stream().map(a -> a.path("id").asText()).distinct()).hasSize(total);
    }

    @Test
    void counts_opportunities_row_by_row_as_many_as_pipeliner_reports() {
        int total = api.get("Opportunities", "first", "1").body().path("total").asInt();

        assertThat(api.opportunityCount()).isPositive().isEqualTo(total);
    }

    @Test
    void fails_a_read_naming_the_status_and_path_when_the_sandbox_refuses_it() {
        assertThatThrownBy(() -> api.opportunity(NO_SUCH_ID)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("404").hasMessageContaining("Opportunities/" + NO_SUCH_ID);
    }

    @Test
    void refuses_a_query_that_is_not_name_value_pairs() {
        assertThatThrownBy(() -> api.get("Accounts", "filter[name]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filter[name]");
    }
}
