package newdeal.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A comma-separated list of field paths, as {@code expand=} and {@code load-only=} take them
 * ({@code id,name,owner.id} becomes {@code id}, {@code name} and {@code owner} with child {@code id}).
 */
record FieldTree(Map<String, FieldTree> children) {
    static final FieldTree EMPTY = new FieldTree(Map.of());

    FieldTree {
        children = Collections.unmodifiableMap(new LinkedHashMap<>(children));  // keeps the order given
    }

    static FieldTree parse(String csv) {
        if (csv == null || csv.isBlank()) {
            return EMPTY;
        }
        Map<String, Map<String, String>> pending = new LinkedHashMap<>();
        Map<String, FieldTree> children = new LinkedHashMap<>();
        for (String path : csv.split(",")) {
            String trimmed = path.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int dot = trimmed.indexOf('.');
            String head = dot < 0 ? trimmed : trimmed.substring(0, dot);
            pending.computeIfAbsent(head, h -> new LinkedHashMap<>());
            if (dot >= 0) {
                pending.get(head).put(trimmed.substring(dot + 1), "");
            }
        }
        pending.forEach((head, rest) -> children.put(head, parse(String.join(",", rest.keySet()))));
        return new FieldTree(children);
    }

    boolean isEmpty() {
        return children.isEmpty();
    }

    Set<String> names() {
        return children.keySet();
    }

    Optional<FieldTree> child(String name) {
        return Optional.ofNullable(children.get(name));
    }
}
