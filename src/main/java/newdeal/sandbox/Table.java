package newdeal.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rows of one entity type in insertion order. A row is never changed once stored: a change stores a new row in
 * its place (as Pipeliner's {@code modified} says it changed), so readers may use rows without locks. Each change
 * gives the table a new {@link #version()}, which listings use to know their sorted rows are still current.
 */
final class Table {
    private final List<ObjectNode> rows = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, ObjectNode> byId = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(List.of(), 0);

    /** The rows and the version they are, read together. */
    record Snapshot(List<ObjectNode> rows, long version) {
    }

    void add(ObjectNode row) {
        addAll(List.of(row));
    }

    synchronized void addAll(Collection<ObjectNode> added) {
        for (ObjectNode row : added) {
            String id = row.path("id").asText();
            if (byId.putIfAbsent(id, row) != null) {
                throw new IllegalArgumentException("duplicate id " + id);
            }
            positions.put(id, rows.size());
            rows.add(row);
        }
        publish();
    }

    /** Puts {@code row} in the place of the stored row with its id. */
    synchronized void replace(ObjectNode row) {
        String id = row.path("id").asText();
        Integer at = positions.get(id);
        if (at == null) {
            throw new IllegalArgumentException("no row with id " + id);
        }
        rows.set(at, row);
        byId.put(id, row);
        publish();
    }

    List<ObjectNode> rows() {
        return snapshot.rows();
    }

    Snapshot snapshot() {
        return snapshot;
    }

    Optional<ObjectNode> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Rows that are not deleted and whose {@code field} holds {@code value}. */
    List<ObjectNode> liveWhere(String field, String value) {
        return rows().stream().filter(r -> !isDeleted(r) && value.equals(r.path(field).asText(null))).toList();
    }

    static boolean isDeleted(ObjectNode row) {
        return row.path("is_deleted").asBoolean(false);
    }

    private void publish() {
        snapshot = new Snapshot(List.copyOf(rows), snapshot.version() + 1);
    }
}
