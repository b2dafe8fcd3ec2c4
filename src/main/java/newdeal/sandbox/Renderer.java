package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newdeal.sandbox.EntityDef.ToMany;
import newdeal.sandbox.EntityDef.ToOne;

/**
 * Turns a stored row into what Pipeliner answers: relations as URIs next to their ids (or as objects when expanded),
 * hidden fields removed, and only the {@code load-only} fields when some are named.
 */
final class Renderer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Store store;

    Renderer(Store store) {
        this.store = store;
    }

    /** {@code entitiesUrl} is the absolute URL that entity names are appended to in relation URIs. */
    ObjectNode render(EntityDef def, ObjectNode row, FieldTree expand, FieldTree loadOnly, String entitiesUrl) {
        ObjectNode out = row.deepCopy();
        for (ToOne relation : def.toOne()) {
            out.set(relation.field(), toOne(relation, row, expand, entitiesUrl));
        }
        for (ToMany relation : def.toMany()) {
            out.set(relation.field(), toMany(relation, row, expand, entitiesUrl));
        }
        List<String> hidden = new ArrayList<>();
        out.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("_")) {
                hidden.add(name);
            }
        });
        out.remove(hidden);
        return project(out, loadOnly);
    }

    private JsonNode toOne(ToOne relation, ObjectNode row, FieldTree expand, String entitiesUrl) {
        JsonNode id = row.get(relation.idField());
        if (Values.isNull(id)) {
            return NODES.nullNode();
        }
        return expand.child(relation.field())
                .<JsonNode>map(sub -> store.table(relation.target()).flatMap(t -> t.byId(id.asText()))
                        .<JsonNode>map(target -> render(Entities.require(relation.target()), target, sub,
                                FieldTree.EMPTY, entitiesUrl))
                        .orElse(NODES.nullNode()))
                .orElseGet(() -> NODES.textNode(entitiesUrl + "/" + relation.target() + "/" + id.asText()));
    }

    private ArrayNode toMany(ToMany relation, ObjectNode row, FieldTree expand, String entitiesUrl) {
        List<ObjectNode> related = new ArrayList<>(store.table(relation.target())
                .map(t -> t.liveWhere(relation.foreignKey(), row.path("id").asText())).orElse(List.of()));
        related.sort(Comparator.comparingInt(r -> r.path("sort_order").asInt(0)));
        ArrayNode out = NODES.arrayNode();
        FieldTree sub = expand.child(relation.field()).orElse(null);
        for (ObjectNode target : related) {
            if (sub != null) {
                out.add(render(Entities.require(relation.target()), target, sub, FieldTree.EMPTY, entitiesUrl));
            } else if (!relation.inlineFields().isEmpty()) {
                out.add(target.deepCopy().retain(relation.inlineFields()));
            } else {
                out.add(entitiesUrl + "/" + relation.target() + "/" + target.path("id").asText());
            }
        }
        return out;
    }

    /** Keeps the fields named in {@code loadOnly}, in the entity's own order; nested names cut expanded objects. */
    private static ObjectNode project(ObjectNode node, FieldTree loadOnly) {
        if (loadOnly.isEmpty()) {
            return node;
        }
        ObjectNode out = NODES.objectNode();
        node.fields().forEachRemaining(field -> loadOnly.child(field.getKey())
                .ifPresent(sub -> out.set(field.getKey(), projectValue(field.getValue(), sub))));
        return out;
    }

    private static JsonNode projectValue(JsonNode value, FieldTree sub) {
        if (value.isObject()) {
            return project((ObjectNode) value, sub);
        }
        if (value.isArray() && !sub.isEmpty()) {
            ArrayNode items = NODES.arrayNode();
            value.forEach(item -> items.add(item.isObject() ? project((ObjectNode) item, sub) : item));
            return items;
        }
        return value;
    }
}
