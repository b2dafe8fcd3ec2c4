package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Type, format and reference checks for one create body. Every problem is collected (not just the first), as
 * Pipeliner reports them together; each check answers empty when the value is bad or absent.
 */
final class FieldChecks {
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private final Store store;
    private final List<FieldError> errors = new ArrayList<>();

    FieldChecks(Store store) {
        this.store = store;
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    void fail(String field, String message) {
        errors.add(FieldError.invalid(field, message));
    }

    void missing(String field) {
        errors.add(FieldError.missing(field));
    }

    Optional<String> text(String field, JsonNode value) {
        if (!value.isTextual()) {
            fail(field, "Field '" + field + "' must be a string, got " + value + ".");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    Optional<String> uuid(String field, JsonNode value) {
        return uuid(field, "Field '" + field + "'", value);
    }

    /** {@code label} starts the message, e.g. "Item 0 of account_relations: account_id". */
    Optional<String> uuid(String field, String label, JsonNode value) {
        if (!value.isTextual() || !UUID.matcher(value.asText()).matches()) {
            fail(field, label + " must be a UUID, got " + value + ".");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    /** A live row of {@code entity} that the uuid in {@code value} names. */
    Optional<ObjectNode> reference(String field, JsonNode value, String entity) {
        return reference(field, "Field '" + field + "'", value, entity);
    }

    Optional<ObjectNode> reference(String field, String label, JsonNode value, String entity) {
        Optional<String> id = uuid(field, label, value);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<ObjectNode> row = store.live(entity, id.get());
        if (row.isEmpty()) {
            fail(field, Entities.require(entity).displayName() + " with id '" + id.get() + "' does not exist.");
        }
        return row;
    }

    Optional<String> date(String field, JsonNode value) {
        Optional<String> text = text(field, value);
        if (text.isPresent() && Timestamps.parseDate(text.get()).isEmpty()) {
            fail(field, "Field '" + field + "' must be a date as YYYY-MM-DD, got '" + text.get() + "'.");
            return Optional.empty();
        }
        return text;
    }

    Optional<String> dateTime(String field, JsonNode value) {
        Optional<String> text = text(field, value);
        if (text.isPresent() && Timestamps.parse(text.get()).isEmpty()) {
            fail(field, "Field '" + field + "' must be a date-time, got '" + text.get() + "'.");
            return Optional.empty();
        }
        return text.flatMap(Timestamps::parse).map(Timestamps::format);
    }

    Optional<Boolean> bool(String field, JsonNode value) {
        if (!value.isBoolean()) {
            fail(field, "Field '" + field + "' must be true or false, got " + value + ".");
            return Optional.empty();
        }
        return Optional.of(value.asBoolean());
    }

    /** An integer between min and max; {@code textAllowed} also takes digits in a string. */
    Optional<Integer> integer(String field, JsonNode value, int min, int max, boolean textAllowed) {
        Integer number = null;
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            number = value.asInt();
        } else if (textAllowed && value.isTextual() && value.asText().matches("-?\\d{1,9}")) {
            number = Integer.parseInt(value.asText());
        }
        if (number == null) {
            fail(field, "Field '" + field + "' must be an integer, got " + value + ".");
            return Optional.empty();
        }
        if (number < min || number > max) {
            fail(field, "Field '" + field + "' must be between " + min + " and " + max + ", got " + number + ".");
            return Optional.empty();
        }
        return Optional.of(number);
    }
}
