package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import newdeal.testing.SandboxApi;

class SandboxPagingTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private final SandboxApi http = SANDBOX.http();
    private final SandboxApi badRequests = SANDBOX.badRequests();

    @Test
    void lists_thirty_rows_by_default_with_the_total_and_a_next_cursor() {
        SandboxApi.Reply page = http.get("Accounts");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.data()).hasSize(30);
        assertThat(page.body().path("total").asInt()).isEqualTo(203);
        JsonNode info = page.body().path("page_info");
        assertThat(info.path("has_next_page").asBoolean()).isTrue();
        assertThat(info.path("has_previous_page").asBoolean()).isFalse();
        assertThat(info.path("end_cursor").isTextual()).isTrue();
        assertThat(info.path("start_cursor").isTextual()).isTrue();
    }

    @Test
    void walks_every_account_once_following_end_cursor_until_the_last_page() {
        List<String> ids = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String after = null;
        JsonNode info;
        do {
            SandboxApi.Reply page = after == null ? http.get("Accounts", "first", "70", "load-only", "id")
                    : http.get("Accounts", "first", "70", "load-only", "id", "after", after);
            ids.addAll(page.ids());
            sizes.add(page.data().size());
            info = page.body().path("page_info");
            assertThat(info.path("has_previous_page").asBoolean()).isEqualTo(after != null);
            after = info.path("end_cursor").textValue();
        } while (info.path("has_next_page").asBoolean());

        assertThat(sizes).containsExactly(70, 70, 63);
        assertThat(new HashSet<>(ids)).hasSize(203);
        assertThat(info.path("end_cursor").isNull()).isTrue();
    }

    @Test
    void caps_a_page_at_one_hundred_rows() {
        SandboxApi.Reply page = http.get("Contacts", "first", "250");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.data()).hasSize(100);
        assertThat(page.body().path("page_info").path("has_next_page").asBoolean()).isTrue();
    }

    @Test
    void keeps_the_order_by_across_pages() {
        List<String> names = new ArrayList<>();
        http.all("Accounts", "order-by", "-name", "load-only", "id,name").forEach(a -> names.add(a.path("name").asText()));

        assertThat(names).hasSize(203);
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    }

    @Test
    void refuses_a_first_that_is_not_a_positive_integer() {
        assertThat(http.get("Accounts", "first", "0").status()).isEqualTo(400);
        SandboxApi.Reply reply = badRequests.get("Accounts", "first", "ten");  // the spec declares an integer

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("code").asInt()).isEqualTo(117);
        assertThat(reply.body().path("message").asText()).contains("'ten'");
    }

    @Test
    void refuses_a_cursor_it_did_not_issue() {
        SandboxApi.Reply reply = http.get("Accounts", "after", "not-a-cursor");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("name").asText()).isEqualTo("ERROR_PARAMETER_INVALID");
        assertThat(reply.body().path("message").asText()).contains("not-a-cursor");
    }

    @Test
    void refuses_a_cursor_from_a_listing_with_another_order() {
        String cursor = http.get("Accounts", "first", "5", "order-by", "name,city")
                .body().path("page_info").path("end_cursor").asText();

        assertThat(http.get("Accounts", "after", cursor).status()).isEqualTo(400);
    }

    @Test
    void refuses_the_legacy_limit_and_offset_parameters() {
        SandboxApi.Reply reply = http.get("Accounts", "limit", "10", "offset", "20");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("message").asText()).contains("first").contains("after");
    }
}
