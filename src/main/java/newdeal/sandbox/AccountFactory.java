package newdeal.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.UUID;

/** Stores an accepted account as Pipeliner would: a new id, timestamps, its name as formatted name. */
final class AccountFactory {
    static final String ACCOUNTS = "Accounts";
    private final Store store;
    private final Shapes shapes;
    private final Clock clock;

    AccountFactory(Store store, Shapes shapes, Clock clock) {
        this.store = store;
        this.shapes = shapes;
        this.clock = clock;
    }

    ObjectNode create(ObjectNode accepted) {
        String now = Timestamps.format(clock.instant());
        ObjectNode values = accepted.deepCopy();
        values.put("id", UUID.randomUUID().toString()).put("created", now).put("modified", now)
                .put("formatted_name", values.path("name").asText());
        ObjectNode row = shapes.complete(ACCOUNTS, values);
        store.require(ACCOUNTS).add(row);
        return row;
    }
}
