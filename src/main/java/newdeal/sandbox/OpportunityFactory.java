package newdeal.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import newdeal.sandbox.RelationCheck.Item;

/** Stores an accepted opportunity with its account and contact relation rows, as Pipeliner would. */
final class OpportunityFactory {
    private final Store store;
    private final Shapes shapes;
    private final Clock clock;

    OpportunityFactory(Store store, Shapes shapes, Clock clock) {
        this.store = store;
        this.shapes = shapes;
        this.clock = clock;
    }

    /** The stored opportunity row; its relations are stored first, so it is complete once visible. */
    ObjectNode create(OpportunityValidator.Accepted accepted) {
        String id = UUID.randomUUID().toString();
        String now = Timestamps.format(clock.instant());
        ObjectNode values = accepted.fields().deepCopy();
        values.put("id", id).put("created", now).put("modified", now).put("status", 1).put("days_in_step", 0)
                .put("table_name", "Opportunity").put("formatted_name", values.path("name").asText());
        addRelations("LeadOpptyAccountRelations", "account_id", id, accepted.accounts(), now);
        addRelations("LeadOpptyContactRelations", "contact_id", id, accepted.contacts(), now);
        primary(accepted.accounts()).ifPresent(a -> values.put("_primary_account_id", a));
        primary(accepted.contacts()).ifPresent(c -> values.put("_primary_contact_id", c));
        ObjectNode row = shapes.complete(Entities.OPPORTUNITIES, values);
        store.require(Entities.OPPORTUNITIES).add(row);
        return row;
    }

    private void addRelations(String entity, String idKey, String opportunityId, List<Item> items, String now) {
        Table table = store.require(entity);
        for (Item item : items) {
            ObjectNode values = JsonNodeFactory.instance.objectNode().put("id", UUID.randomUUID().toString())
                    .put("lead_oppty_id", opportunityId).put(idKey, item.id()).put("is_primary", item.primary())
                    .put("created", now).put("modified", now);
            table.add(shapes.complete(entity, values));
        }
    }

    private static java.util.Optional<String> primary(List<Item> items) {
        return items.stream().filter(Item::primary).map(Item::id).findFirst();
    }
}
