package newdeal.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filtered, ordered rows of recent listings, kept while their table is unchanged: paging through a large table
 * sorts it once, not once per page.
 */
final class Listings {
    private static final int KEPT = 16;

    private final Map<Key, List<ObjectNode>> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<ObjectNode>> eldest) {
            return size() > KEPT;
        }
    };

    /** What makes two listings the same: the table's version, the filters, the order and the deleted rows. */
    private record Key(String entity, long version, List<Filter> filters, List<ListQuery.SortKey> order,
                       boolean includeDeleted) {
    }

    List<ObjectNode> matching(String entity, Table table, ListQuery query, Comparator<ObjectNode> order) {
        Table.Snapshot snapshot = table.snapshot();
        Key key = new Key(entity, snapshot.version(), query.filters(), query.order(), query.includeDeleted());
        synchronized (recent) {
            List<ObjectNode> known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        List<ObjectNode> rows = snapshot.rows().stream()
                .filter(row -> query.includeDeleted() || !Table.isDeleted(row))
                .filter(row -> query.filters().stream().allMatch(f -> f.test(row)))
                .sorted(order)
                .toList();
        synchronized (recent) {
            recent.put(key, rows);
        }
        return rows;
    }

    /** The index of the first row after {@code position} (a cursor's row) in {@code rows}, ordered by {@code order}. */
    static int after(List<ObjectNode> rows, ObjectNode position, Comparator<ObjectNode> order) {
        int lo = 0;
        int hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order.compare(rows.get(mid), position) > 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
