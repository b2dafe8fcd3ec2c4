package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Compares stored field values with each other and with the text of a filter, by the field's type. */
final class Values {
    /** Orders values of one field: numbers by value, booleans false first, text case-insensitively; nulls last. */
    static final Comparator<JsonNode> ORDER = Values::compareNodes;

    private Values() {
    }

    static boolean isNull(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    static String lower(JsonNode value) {
        return text(value).toLowerCase(Locale.ROOT);
    }

    /** Equality of a stored value with a filter operand, by the stored value's type. */
    static boolean matches(JsonNode value, String operand, String field) {
        if (isNull(value)) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean() == parseBoolean(operand, field);
        }
        return compare(value, operand, field) == 0;
    }

    /** Compares a stored non-null value with a filter operand: numbers and timestamps by value, text as text. */
    static int compare(JsonNode value, String operand, String field) {
        if (value.isNumber()) {
            return value.decimalValue().compareTo(parseNumber(operand, field));
        }
        if (value.isBoolean()) {
            return Boolean.compare(value.asBoolean(), parseBoolean(operand, field));
        }
        Optional<Instant> stored = Timestamps.parse(value.asText());
        if (stored.isPresent()) {
            Instant wanted = Timestamps.parse(operand).orElseThrow(() -> ApiError.invalidParameter(
                    "Filter value '" + operand + "' for field '" + field + "' is not a date or timestamp."));
            return stored.get().compareTo(wanted);
        }
        return text(value).compareTo(operand);
    }

    private static int compareNodes(JsonNode a, JsonNode b) {
        if (isNull(a) || isNull(b)) {
            return Boolean.compare(isNull(a), isNull(b));
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isBoolean() && b.isBoolean()) {
            return Boolean.compare(a.asBoolean(), b.asBoolean());
        }
        int ignoringCase = lower(a).compareTo(lower(b));
        return ignoringCase != 0 ? ignoringCase : text(a).compareTo(text(b));
    }

    private static BigDecimal parseNumber(String operand, String field) {
        try {
            return new BigDecimal(operand.trim());
        } catch (NumberFormatException e) {
            throw ApiError.invalidParameter("Filter value '" + operand + "' for field '" + field + "' is not a number.");
        }
    }

    private static boolean parseBoolean(String operand, String field) {
        return switch (operand.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiError.invalidParameter(
                    "Filter value '" + operand + "' for field '" + field + "' is not a boolean.");
        };
    }
}
