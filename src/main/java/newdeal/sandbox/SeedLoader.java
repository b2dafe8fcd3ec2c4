package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Fills a fresh {@link Store} from {@code sandbox/seed.json}: a fictional sales team (users, pipelines, currencies,
 * accounts, contacts and how they relate) with fixed ids, so every start serves exactly the same data.
 */
final class SeedLoader {
    static final String RESOURCE = "/sandbox/seed.json";

    private SeedLoader() {
    }

    static Store load(ObjectMapper json, Shapes shapes) {
        JsonNode seed = read(json);
        checkKnownEntities(seed);
        derivePrimary(seed, "Contacts", "ContactAccountRelations", "contact_id", "account_id", "_primary_account_id");
        derivePrimary(seed, "Opportunities", "LeadOpptyAccountRelations", "lead_oppty_id", "account_id",
                "_primary_account_id");
        derivePrimary(seed, "Opportunities", "LeadOpptyContactRelations", "lead_oppty_id", "contact_id",
                "_primary_contact_id");
        Map<String, Table> tables = new HashMap<>();
        for (EntityDef def : Entities.all()) {
            Table table = new Table();
            seed.path(def.name()).forEach(row -> table.add(shapes.complete(def.name(), row)));
            tables.put(def.name(), table);
        }
        return new Store(tables);
    }

    private static JsonNode read(ObjectMapper json) {
        try (InputStream in = SeedLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static void checkKnownEntities(JsonNode seed) {
        for (Iterator<String> names = seed.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (Entities.named(name).isEmpty()) {
                throw new IllegalStateException("seed holds an entity the sandbox does not serve: " + name);
            }
        }
    }

    /** Sets the hidden primary relation id on each owner row from its live primary relation row. */
    private static void derivePrimary(JsonNode seed, String owners, String relations, String ownerKey,
                                      String targetKey, String hiddenField) {
        Map<String, String> primaryOf = new HashMap<>();
        for (JsonNode relation : seed.path(relations)) {
            if (relation.path("is_primary").asBoolean() && !relation.path("is_deleted").asBoolean()) {
                primaryOf.put(relation.path(ownerKey).asText(), relation.path(targetKey).asText());
            }
        }
        for (JsonNode owner : seed.path(owners)) {
            String target = primaryOf.get(owner.path("id").asText());
            if (target != null) {
                ((ObjectNode) owner).put(hiddenField, target);
            }
        }
    }
}
