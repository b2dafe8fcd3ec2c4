package newdeal.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The query parameters of a list or get: filters, {@code order-by}, {@code first}/{@code after}, expand, load-only. */
record ListQuery(List<Filter> filters, List<SortKey> order, int first, Optional<String> after, FieldTree expand,
                 FieldTree loadOnly, boolean includeDeleted) {
    static final int DEFAULT_FIRST = 30;
    static final int MAX_FIRST = 100;
    private static final List<String> UNSUPPORTED = List.of("limit", "offset", "last", "before");

    record SortKey(String field, boolean descending) {
    }

    static ListQuery parse(Map<String, List<String>> params, EntityDef def, Set<String> fields) {
        for (String name : UNSUPPORTED) {
            if (params.containsKey(name)) {
                throw ApiError.invalidParameter("Parameter '" + name
                        + "' is not supported by the sandbox: page with 'first' and 'after'.");
            }
        }
        FieldTree expand = FieldTree.parse(one(params, "expand"));
        Expansions.check(def, expand);
        FieldTree loadOnly = FieldTree.parse(one(params, "load-only"));
        requireKnown(loadOnly.names(), fields, def, "load-only");
        return new ListQuery(Filter.parse(params, def.name(), fields), order(one(params, "order-by"), fields, def),
                first(one(params, "first")), Optional.ofNullable(one(params, "after")), expand, loadOnly,
                bool(one(params, "include-deleted"), "include-deleted"));
    }

    private static List<SortKey> order(String csv, Set<String> fields, EntityDef def) {
        List<SortKey> keys = new ArrayList<>();
        for (String part : csv == null ? new String[0] : csv.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            boolean descending = name.startsWith("-");
            keys.add(new SortKey(descending ? name.substring(1) : name, descending));
        }
        requireKnown(keys.stream().map(SortKey::field).toList(), fields, def, "order-by");
        return keys;
    }

    private static int first(String text) {
        if (text == null) {
            return DEFAULT_FIRST;
        }
        try {
            int first = Integer.parseInt(text.trim());
            if (first < 1) {
                throw ApiError.invalidParameter("Parameter 'first' must be at least 1, got '" + text + "'.");
            }
            return Math.min(first, MAX_FIRST);  // the spec says "Max: 100": larger pages are cut to 100
        } catch (NumberFormatException e) {
            throw ApiError.invalidParameter("Parameter 'first' must be an integer, got '" + text + "'.");
        }
    }

    private static boolean bool(String text, String name) {
        if (text == null || text.equalsIgnoreCase("false") || text.equals("0")) {
            return false;
        }
        if (text.equalsIgnoreCase("true") || text.equals("1")) {
            return true;
        }
        throw ApiError.invalidParameter("Parameter '" + name + "' must be true or false, got '" + text + "'.");
    }

    private static void requireKnown(Iterable<String> names, Set<String> fields, EntityDef def, String parameter) {
        for (String name : names) {
            if (!fields.contains(name)) {
                throw ApiError.invalidParameter("Parameter '" + parameter + "' names unknown field '" + name
                        + "' of " + def.name() + ".");
            }
        }
    }

    private static String one(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
