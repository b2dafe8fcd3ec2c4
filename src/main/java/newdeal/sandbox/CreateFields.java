package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.Optional;

/**
 * The top-level fields of the spec's {@code createOpportunityInput} and how each is checked. Fields that need the
 * store or each other (name, owner, step, value, relations...) are {@code SPECIAL}: {@link OpportunityValidator}
 * checks them. Anything not listed here is an unknown field and is refused.
 */
final class CreateFields {
    enum Kind { SPECIAL, TEXT, BOOLEAN, INTEGER, SHARE_MODE, LABEL_FLAG, UUID, DATE_TIME, SERVER_SET, UNSUPPORTED }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("name", Kind.SPECIAL), Map.entry("owner_id", Kind.SPECIAL), Map.entry("step_id", Kind.SPECIAL),
            Map.entry("closing_date", Kind.SPECIAL), Map.entry("value", Kind.SPECIAL),
            Map.entry("oppty_type_id", Kind.SPECIAL), Map.entry("unit_id", Kind.SPECIAL),
            Map.entry("product_currency_id", Kind.SPECIAL), Map.entry("account_relations", Kind.SPECIAL),
            Map.entry("contact_relations", Kind.SPECIAL),
            Map.entry("description", Kind.TEXT), Map.entry("quick_account_email", Kind.TEXT),
            Map.entry("quick_account_name", Kind.TEXT), Map.entry("quick_account_phone", Kind.TEXT),
            Map.entry("quick_contact_name", Kind.TEXT), Map.entry("quick_email", Kind.TEXT),
            Map.entry("quick_phone", Kind.TEXT), Map.entry("reason_of_close_description", Kind.TEXT),
            Map.entry("is_archived", Kind.BOOLEAN), Map.entry("is_value_auto_calculate", Kind.BOOLEAN),
            Map.entry("was_qualified", Kind.BOOLEAN), Map.entry("ranking", Kind.INTEGER),
            Map.entry("share_mode", Kind.SHARE_MODE), Map.entry("label_flag", Kind.LABEL_FLAG),
            Map.entry("active_quote_id", Kind.UUID), Map.entry("lead_source_id", Kind.UUID),
            Map.entry("product_price_list_id", Kind.UUID), Map.entry("reason_of_close_id", Kind.UUID),
            Map.entry("won_date", Kind.DATE_TIME), Map.entry("lost_date", Kind.DATE_TIME),
            Map.entry("created", Kind.SERVER_SET), Map.entry("modified", Kind.SERVER_SET),
            Map.entry("revision", Kind.SERVER_SET),
            Map.entry("product_relations", Kind.UNSUPPORTED), Map.entry("documents", Kind.UNSUPPORTED),
            Map.entry("quote_relations", Kind.UNSUPPORTED), Map.entry("sharing_units", Kind.UNSUPPORTED),
            Map.entry("sharing_clients", Kind.UNSUPPORTED), Map.entry("tags", Kind.UNSUPPORTED),
            Map.entry("oppty_recurrence", Kind.UNSUPPORTED), Map.entry("revenue_schedule", Kind.UNSUPPORTED),
            Map.entry("product_sections", Kind.UNSUPPORTED));

    private CreateFields() {
    }

    static Optional<Kind> kind(String field) {
        return Optional.ofNullable(KINDS.get(field));
    }

    /** Checks a field that is not SPECIAL and copies what passes into {@code accepted}; null values are kept. */
    static void check(String field, Kind kind, JsonNode value, FieldChecks checks, ObjectNode accepted) {
        if (value.isNull() || kind == Kind.SERVER_SET) {
            return;  // created, modified and revision are set by the server, as the spec marks them
        }
        Optional<?> ok = switch (kind) {
            case TEXT -> checks.text(field, value);
            case BOOLEAN -> checks.bool(field, value);
            case INTEGER -> checks.integer(field, value, Integer.MIN_VALUE, Integer.MAX_VALUE, false);
            case SHARE_MODE -> checks.integer(field, value, 0, 3, false);
            case LABEL_FLAG -> checks.integer(field, value, 0, 7, true);  // Priority=1 | Hot=2 | Stalled=4
            case UUID -> checks.uuid(field, value);
            case DATE_TIME -> checks.dateTime(field, value);
            case UNSUPPORTED -> unsupported(field, value, checks);
            case SPECIAL, SERVER_SET -> throw new IllegalArgumentException(field + " is not a simple field");
        };
        ok.ifPresent(v -> accepted.set(field, node(v)));
    }

    private static JsonNode node(Object value) {
        if (value instanceof Integer number) {
            return IntNode.valueOf(number);
        }
        return value instanceof Boolean flag ? BooleanNode.valueOf(flag) : TextNode.valueOf(value.toString());
    }

    private static Optional<?> unsupported(String field, JsonNode value, FieldChecks checks) {
        if (value.isContainerNode() && value.isEmpty()) {
            return Optional.empty();
        }
        checks.fail(field, "Field '" + field + "' is not supported by the sandbox: leave it out or send it empty.");
        return Optional.empty();
    }
}
