package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a {@code createAccountInput} body as Pipeliner does: {@code name} and {@code owner_id} required, types and
 * formats, references to rows that exist, no unknown fields; every problem at once as a 422. Left out, the unit is
 * the owner's default sales unit, as for an opportunity (the Create Account tutorial says so).
 */
final class AccountValidator {
    // Pipeliner's own rule for addresses is not published: anything with one @ and a dot after it passes here.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private final Store store;

    AccountValidator(Store store) {
        this.store = store;
    }

    /** The account's accepted fields. */
    ObjectNode check(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiError.invalidJson();
        }
        FieldChecks checks = new FieldChecks(store);
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        body.fields().forEachRemaining(e -> AccountFields.kind(e.getKey()).ifPresentOrElse(
                kind -> special(e.getKey(), kind, e.getValue(), checks, fields),
                () -> checks.fail(e.getKey(), "Unknown field '" + e.getKey()
                        + "': createAccountInput has no such field.")));
        required("name", body, checks).flatMap(v -> checks.text("name", v)).ifPresent(n -> name(n, checks, fields));
        Optional<ObjectNode> owner = required("owner_id", body, checks)
                .flatMap(v -> checks.reference("owner_id", v, "Clients"));
        owner.ifPresent(o -> fields.put("owner_id", o.path("id").asText()));
        optional("unit_id", body).flatMap(v -> checks.reference("unit_id", v, "SalesUnits"))
                .or(() -> owner.flatMap(o -> store.live("SalesUnits", o.path("default_unit_id").asText())))
                .ifPresent(u -> fields.put("unit_id", u.path("id").asText()));
        optional("parent_account_id", body).flatMap(v -> checks.reference("parent_account_id", v, "Accounts"))
                .ifPresent(a -> fields.put("parent_account_id", a.path("id").asText()));
        if (!checks.errors().isEmpty()) {
            throw ApiError.validation(checks.errors());
        }
        return fields;
    }

    private static void special(String field, CreateFields.Kind kind, JsonNode value, FieldChecks checks,
                                ObjectNode fields) {
        if (AccountFields.EMAILS.contains(field)) {
            email(field, value, checks, fields);
        } else if (field.equals("account_class")) {
            checks.integer(field, value, 1, 5, false).ifPresent(c -> fields.put(field, c));
        } else if (kind != CreateFields.Kind.SPECIAL) {
            CreateFields.check(field, kind, value, checks, fields);
        }
    }

    private static void email(String field, JsonNode value, FieldChecks checks, ObjectNode fields) {
        if (value.isNull()) {
            return;
        }
        checks.text(field, value).ifPresent(text -> {
            if (text.isEmpty() || EMAIL.matcher(text).matches()) {
                fields.put(field, text);
            } else {
                checks.fail(field, "Field '" + field + "' must be an email address, got '" + text + "'.");
            }
        });
    }

    private static void name(String name, FieldChecks checks, ObjectNode fields) {
        if (name.isBlank()) {
            checks.fail("name", "Field 'name' must not be empty.");
        } else if (name.length() > OpportunityValidator.MAX_NAME) {
            checks.fail("name", "Field 'name' must be at most " + OpportunityValidator.MAX_NAME
                    + " characters, got " + name.length() + ".");
        } else {
            fields.put("name", name);
        }
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
}
