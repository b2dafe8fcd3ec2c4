package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import newdeal.sandbox.RelationCheck.Item;

/**
 * Checks a {@code createOpportunityInput} body as Pipeliner does: required fields, types and formats, references to
 * rows that exist, no unknown fields, the relation lists; every problem at once as a 422.
 */
final class OpportunityValidator {
    static final int MAX_NAME = 255;
    private final Store store;
    private final MoneyCheck money;

    /** What passed: the opportunity's own fields (value completed, unit defaulted) and its relation items. */
    record Accepted(ObjectNode fields, List<Item> accounts, List<Item> contacts) {
    }

    OpportunityValidator(Store store) {
        this.store = store;
        this.money = new MoneyCheck(store);
    }

    Accepted check(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiError.invalidJson();
        }
        FieldChecks checks = new FieldChecks(store);
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        simpleFields(body, checks, fields);
        required("name", body, checks).flatMap(v -> checks.text("name", v)).ifPresent(name -> name(name, checks, fields));
        required("closing_date", body, checks).flatMap(v -> checks.date("closing_date", v))
                .ifPresent(d -> fields.put("closing_date", d));
        required("value", body, checks).flatMap(v -> money.check(v, checks)).ifPresent(v -> fields.set("value", v));
        Optional<ObjectNode> owner = required("owner_id", body, checks)
                .flatMap(v -> checks.reference("owner_id", v, "Clients"));
        Optional<ObjectNode> step = required("step_id", body, checks)
                .flatMap(v -> checks.reference("step_id", v, "Steps")).filter(s -> inPipeline(s, checks));
        owner.ifPresent(o -> fields.put("owner_id", o.path("id").asText()));
        step.ifPresent(s -> fields.put("step_id", s.path("id").asText()));
        optionalReferences(body, owner, step, checks, fields);
        List<Item> accounts = RelationCheck.check("account_relations", "account_id", "Accounts",
                body.get("account_relations"), checks);
        List<Item> contacts = RelationCheck.check("contact_relations", "contact_id", "Contacts",
                body.get("contact_relations"), checks);
        if (!checks.errors().isEmpty()) {
            throw ApiError.validation(checks.errors());
        }
        return new Accepted(fields, accounts, contacts);
    }

    /** Fields checked on their own; a field createOpportunityInput does not have is refused. */
    private static void simpleFields(JsonNode body, FieldChecks checks, ObjectNode fields) {
        body.fields().forEachRemaining(e -> CreateFields.kind(e.getKey()).ifPresentOrElse(
                kind -> {
                    if (kind != CreateFields.Kind.SPECIAL) {
                        CreateFields.check(e.getKey(), kind, e.getValue(), checks, fields);
                    }
                },
                () -> checks.fail(e.getKey(), "Unknown field '" + e.getKey()
                        + "': createOpportunityInput has no such field.")));
    }

    private void optionalReferences(JsonNode body, Optional<ObjectNode> owner, Optional<ObjectNode> step,
                                    FieldChecks checks, ObjectNode fields) {
        optional("oppty_type_id", body).flatMap(v -> checks.reference("oppty_type_id", v, "OpportunityTypes"))
                .filter(t -> step.isEmpty() || typeFitsStep(t, step.get(), checks))
                .ifPresent(t -> fields.put("oppty_type_id", t.path("id").asText()));
        optional("product_currency_id", body).flatMap(v -> checks.reference("product_currency_id", v, "Currencies"))
                .ifPresent(c -> fields.put("product_currency_id", c.path("id").asText()));
        // Left out, the unit is the owner's default sales unit (API.md, "Creating an Opportunity").
        optional("unit_id", body).flatMap(v -> checks.reference("unit_id", v, "SalesUnits"))
                .or(() -> owner.flatMap(o -> store.live("SalesUnits", o.path("default_unit_id").asText())))
                .ifPresent(u -> fields.put("unit_id", u.path("id").asText()));
    }

    private static Optional<JsonNode> required(String field, JsonNode body, FieldChecks checks) {
        Optional<JsonNode> value = optional(field, body);
        if (value.isEmpty()) {
            checks.missing(field);
        }
        return value;
    }

    private static Optional<JsonNode> optional(String field, JsonNode body) {
        return Optional.ofNullable(body.get(field)).filter(v -> !v.isNull());
    }

    private static void name(String name, FieldChecks checks, ObjectNode fields) {
        if (name.isBlank()) {
            checks.fail("name", "Field 'name' must not be empty.");
        } else if (name.length() > MAX_NAME) {
            checks.fail("name", "Field 'name' must be at most " + MAX_NAME + " characters, got " + name.length() + ".");
        } else {
            fields.put("name", name);
        }
    }

    private static boolean inPipeline(ObjectNode step, FieldChecks checks) {
        if (Values.isNull(step.get("pipeline_id"))) {
            checks.fail("step_id", "Step '" + step.path("name").asText() + "' (" + step.path("id").asText()
                    + ") belongs to a lead process, not to an opportunity pipeline.");
            return false;
        }
        return true;
    }

    private static boolean typeFitsStep(ObjectNode type, ObjectNode step, FieldChecks checks) {
        if (!type.path("pipeline_id").asText().equals(step.path("pipeline_id").asText())) {
            checks.fail("oppty_type_id", "Opportunity type '" + type.path("name").asText()
                    + "' belongs to another pipeline than step '" + step.path("name").asText() + "'.");
            return false;
        }
        return true;
    }
}
