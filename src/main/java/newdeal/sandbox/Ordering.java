package newdeal.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newdeal.sandbox.ListQuery.SortKey;

/**
 * The order of a listing: the {@code order-by} keys (by default {@code created}), then {@code id}, so every row has
 * one place and a cursor can name it.
 */
record Ordering(List<SortKey> keys) {
    private static final SortKey DEFAULT = new SortKey("created", false);
    private static final SortKey ID = new SortKey("id", false);

    Ordering {
        keys = List.copyOf(keys);
    }

    static Ordering of(List<SortKey> requested) {
        List<SortKey> keys = new ArrayList<>(requested.isEmpty() ? List.of(DEFAULT) : requested);
        if (keys.stream().noneMatch(k -> k.field().equals("id"))) {
            keys.add(ID);
        }
        return new Ordering(keys);
    }

    Comparator<ObjectNode> comparator() {
        Comparator<ObjectNode> result = (a, b) -> 0;
        for (SortKey key : keys) {
            Comparator<ObjectNode> byKey = (a, b) -> Values.ORDER.compare(a.get(key.field()), b.get(key.field()));
            result = result.thenComparing(key.descending() ? byKey.reversed() : byKey);
        }
        return result;
    }
}
