package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import newdeal.testing.SandboxApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accounts changed while the sandbox runs show as Pipeliner shows them: a newer {@code modified}, deleted ones only
 * under {@code include-deleted=true} with {@code is_deleted} true, found by {@code filter[modified]} with
 * {@code gte} and ordered by {@code order-by=modified}; every exchange checked against the spec.
 */
class SandboxAccountChangesTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private final SandboxApi http = SANDBOX.http();
    private final SandboxAccounts accounts = SANDBOX.sandbox().accounts();

    @Test
    void lists_what_changed_since_a_moment_oldest_first_deleted_rows_included() {
        String since = http.get("Accounts", "order-by", "-modified", "first", "1", "include-deleted", "true")
                .data().get(0).path("modified").asText();
        String added = accounts.add("Zenith Robotics", "hello@zenith.example", "Graz");
        String deleted = accounts.add("Zenith Trading", null, null);
        accounts.rename(added, "Zenith Robotics AG");
        accounts.delete(deleted);

        SandboxApi.Reply changes = http.get("Accounts", "filter[modified]", since, "filter-op[modified]", "gt",
                "include-deleted", "true", "order-by", "modified");
        SandboxApi.Reply live = http.get("Accounts", "filter[modified]", since, "filter-op[modified]", "gt");

        assertThat(changes.ids()).containsExactly(added, deleted);
        assertThat(changes.data()).extracting(row -> row.path("is_deleted").asBoolean()).containsExactly(false, true);
        assertThat(changes.data().get(0).path("name").asText()).isEqualTo("Zenith Robotics AG");
        assertThat(modified(changes)).isSorted();
        assertThat(live.ids()).containsExactly(added);
        assertThat(http.get("Accounts/" + deleted).status()).isEqualTo(404);
    }

    @Test
    void pages_a_changed_table_without_repeating_or_skipping_a_row() {
        List<String> ids = new ArrayList<>();
        SandboxApi.Reply first = http.get("Accounts", "first", "100", "load-only", "id");
        ids.addAll(first.ids());
        String added = accounts.add("Aaron & Sons", null, null);

        SandboxApi.Reply rest = http.get("Accounts", "first", "100", "load-only", "id", "after",
                first.body().path("page_info").path("end_cursor").asText());
        ids.addAll(rest.ids());
        while (rest.body().path("page_info").path("has_next_page").asBoolean()) {
            rest = http.get("Accounts", "first", "100", "load-only", "id", "after",
                    rest.body().path("page_info").path("end_cursor").asText());
            ids.addAll(rest.ids());
        }

        assertThat(ids).doesNotHaveDuplicates().contains(added).hasSize(accounts.live());
    }

    private static List<String> modified(SandboxApi.Reply reply) {
        List<String> times = new ArrayList<>();
        for (JsonNode row : reply.data()) {
            times.add(row.path("modified").asText());
        }
        return times;
    }
}
