package newdeal.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Changes to the sandbox's accounts while it runs, as someone working in Pipeliner would make them: each sets the
 * account's {@code modified}, and a deleted account stays listed with {@code is_deleted} true under
 * {@code include-deleted=true}, as Pipeliner keeps deleted rows. For tests and benchmarks; the API itself only reads
 * accounts.
 */
public final class SandboxAccounts {
    private static final String ACCOUNTS = "Accounts";

    private final Store store;
    private final Shapes shapes;
    private final Clock clock;

    SandboxAccounts(Store store, Shapes shapes, Clock clock) {
        this.store = store;
        this.shapes = shapes;
        this.clock = clock;
    }

    /** A new account; returns its id. Owned by the first seeded user who is not deleted, in that user's unit. */
    public String add(String name, String email1, String city) {
        return addAll(List.of(new NewAccount(name, email1, city))).get(0);
    }

    /** Many new accounts in one change; returns their ids in order. */
    public List<String> addAll(List<NewAccount> accounts) {
        String now = Timestamps.format(clock.instant());
        ObjectNode owner = store.require("Clients").rows().stream().filter(r -> !Table.isDeleted(r)).findFirst()
                .orElseThrow();
        List<ObjectNode> rows = new ArrayList<>(accounts.size());
        List<String> ids = new ArrayList<>(accounts.size());
        for (NewAccount account : accounts) {
            String id = UUID.randomUUID().toString();
            ObjectNode values = JsonNodeFactory.instance.objectNode().put("id", id).put("name", account.name())
                    .put("formatted_name", account.name()).put("email1", account.email1()).put("city", account.city())
                    .put("owner_id", owner.path("id").asText()).put("unit_id", owner.path("default_unit_id").asText())
                    .put("created", now).put("modified", now);
            rows.add(shapes.complete(ACCOUNTS, values));
            ids.add(id);
        }
        store.require(ACCOUNTS).addAll(rows);
        return ids;
    }

    public void rename(String id, String name) {
        change(id, row -> row.put("name", name).put("formatted_name", name));
    }

    /** Marks the account deleted, as Pipeliner does: it is no longer listed unless deleted rows are asked for. */
    public void delete(String id) {
        change(id, row -> row.put("is_deleted", true));
    }

    /** How many accounts are not deleted. */
    public int live() {
        return (int) store.require(ACCOUNTS).rows().stream().filter(r -> !Table.isDeleted(r)).count();
    }

    private void change(String id, Consumer<ObjectNode> edit) {
        Table table = store.require(ACCOUNTS);
        ObjectNode row = table.byId(id).orElseThrow(() -> new IllegalArgumentException("no account " + id))
                .deepCopy();
        edit.accept(row);
        row.put("modified", Timestamps.format(clock.instant()));
        table.replace(row);
    }

    /** What a new account starts with; any of them may be null. */
    public record NewAccount(String name, String email1, String city) {
    }
}
