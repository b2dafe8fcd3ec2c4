package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@code account_relations} / {@code contact_relations} of a create body: a list of
 * {@code {account_id, is_primary}} (or {@code contact_id}) items naming live rows, each once, and when the list is
 * not empty exactly one primary item, with the message Pipeliner gives.
 */
final class RelationCheck {
    record Item(String id, boolean primary) {
    }

    private RelationCheck() {
    }

    static List<Item> check(String field, String idKey, String entity, JsonNode list, FieldChecks checks) {
        if (Values.isNull(list)) {
            return List.of();
        }
        if (!list.isArray()) {
            checks.fail(field, "Field '" + field + "' must be a list of {" + idKey + ", is_primary} items, got "
                    + list + ".");
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int primaries = 0;
        for (int i = 0; i < list.size(); i++) {
            String label = "Item " + i + " of " + field;
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                checks.fail(field, label + " must be an object {" + idKey + ", is_primary}, got " + item + ".");
                continue;
            }
            item.fieldNames().forEachRemaining(key -> {
                if (!key.equals(idKey) && !key.equals("is_primary")) {
                    checks.fail(field, label + " has unknown field '" + key + "'.");
                }
            });
            boolean primary = primary(item.get("is_primary"), label, field, checks);
            primaries += primary ? 1 : 0;
            if (Values.isNull(item.get(idKey))) {
                checks.fail(field, label + " needs " + idKey + ".");
                continue;
            }
            checks.reference(field, label + ": " + idKey, item.get(idKey), entity).ifPresent(row -> {
                String id = row.path("id").asText();
                if (!seen.add(id)) {
                    checks.fail(field, label + ": " + idKey + " '" + id + "' is already listed.");
                }
                items.add(new Item(id, primary));
            });
        }
        if (!list.isEmpty() && primaries != 1) {
            checks.fail(field, "Error on field " + field + ". Exactly one 'is_primary' item must be set.");
        }
        return items;
    }

    private static boolean primary(JsonNode value, String label, String field, FieldChecks checks) {
        if (Values.isNull(value)) {
            return false;
        }
        if (!value.isBoolean()) {
            checks.fail(field, label + ": is_primary must be true or false, got " + value + ".");
            return false;
        }
        return value.asBoolean();
    }
}
