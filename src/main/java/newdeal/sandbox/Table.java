package newdeal.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The rows of one entity type in insertion order. Rows are complete (every field of the spec's schema) and never
 * changed once added, so readers may use them without locks.
 */
final class Table {
    private final List<ObjectNode> rows = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> byId = new ConcurrentHashMap<>();

    void add(ObjectNode row) {
        String id = row.path("id").asText();
        if (byId.putIfAbsent(id, row) != null) {
            throw new IllegalArgumentException("duplicate id " + id);
        }
        rows.add(row);
    }

    List<ObjectNode> rows() {
        return List.copyOf(rows);
    }

    Optional<ObjectNode> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Rows that are not deleted and whose {@code field} holds {@code value}. */
    List<ObjectNode> liveWhere(String field, String value) {
        return rows.stream().filter(r -> !isDeleted(r) && value.equals(r.path(field).asText(null))).toList();
    }

    static boolean isDeleted(ObjectNode row) {
        return row.path("is_deleted").asBoolean(false);
    }
}
