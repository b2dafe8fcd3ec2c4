package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every field of each entity's response schema in the spec, with the value an unset field has (null, false, an empty
 * list): the sandbox answers with the full shape, as Pipeliner does.
 */
final class Shapes {
    private static final String RESOURCE = "/sandbox/shapes.json";
    private final Map<String, ObjectNode> blanks;

    private Shapes(Map<String, ObjectNode> blanks) {
        this.blanks = Map.copyOf(blanks);
    }

    static Shapes load(ObjectMapper json) {
        try (InputStream in = Shapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, ObjectNode> blanks = new TreeMap<>();
            json.readTree(in).fields().forEachRemaining(e -> blanks.put(e.getKey(), (ObjectNode) e.getValue()));
            return new Shapes(blanks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A fresh row with every field unset. */
    ObjectNode blank(String entity) {
        ObjectNode blank = blanks.get(entity);
        if (blank == null) {
            throw new IllegalStateException("no shape for entity " + entity);
        }
        return blank.deepCopy();
    }

    Set<String> fields(String entity) {
        Set<String> fields = new LinkedHashSet<>();
        blanks.get(entity).fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    /** The blank row overlaid with {@code values}; fails on a field the spec does not have (hidden {@code _} ones aside). */
    ObjectNode complete(String entity, JsonNode values) {
        ObjectNode row = blank(entity);
        values.fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("_") && !row.has(e.getKey())) {
                throw new IllegalArgumentException(entity + " has no field '" + e.getKey() + "' in the spec");
            }
            row.set(e.getKey(), e.getValue());
        });
        return row;
    }
}
