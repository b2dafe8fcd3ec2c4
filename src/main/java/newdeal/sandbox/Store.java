package newdeal.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/** The sandbox's in-memory space: one {@link Table} per served entity type. */
final class Store {
    private final Map<String, Table> tables;

    Store(Map<String, Table> tables) {
        this.tables = Map.copyOf(tables);
    }

    Optional<Table> table(String entity) {
        return Optional.ofNullable(tables.get(entity));
    }

    Table require(String entity) {
        return table(entity).orElseThrow(() -> ApiError.unknownType(entity));
    }

    /** The row with that id when it exists and is not deleted. */
    Optional<ObjectNode> live(String entity, String id) {
        return table(entity).flatMap(t -> t.byId(id)).filter(r -> !Table.isDeleted(r));
    }
}
