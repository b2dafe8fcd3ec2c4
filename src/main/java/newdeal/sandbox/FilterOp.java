package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The operators of {@code filter-op[field]=} as the spec lists them; {@code eq} when none is given. */
enum FilterOp {
    EQ("eq"), IEQ("ieq"), NOT_EQ("not-eq"), NOT_IEQ("not-ieq"),
    CONTAINS("contains"), STARTS("starts"), ENDS("ends"), ICONTAINS("icontains"), ISTARTS("istarts"), IENDS("iends"),
    NULL("null"), NOT_NULL("not-null"), EMPTY("empty"), NOT_EMPTY("not-empty"),
    GT("gt"), GTE("gte"), LT("lt"), LTE("lte"), BETWEEN("between");

    private final String wire;

    FilterOp(String wire) {
        this.wire = wire;
    }

    static Optional<FilterOp> fromWire(String wire) {
        return Arrays.stream(values()).filter(op -> op.wire.equals(wire)).findFirst();
    }

    String wire() {
        return wire;
    }

    /** {@code null}, {@code not-null}, {@code empty} and {@code not-empty} take no {@code filter[...]} value. */
    boolean needsOperand() {
        return this != NULL && this != NOT_NULL && this != EMPTY && this != NOT_EMPTY;
    }

    boolean test(JsonNode value, String operand, String field) {
        return switch (this) {
            case EQ -> Values.matches(value, operand, field);
            case NOT_EQ -> !Values.matches(value, operand, field);
            case IEQ -> !Values.isNull(value) && Values.lower(value).equals(lower(operand));
            case NOT_IEQ -> Values.isNull(value) || !Values.lower(value).equals(lower(operand));
            case CONTAINS -> !Values.isNull(value) && Values.text(value).contains(operand);
            case STARTS -> !Values.isNull(value) && Values.text(value).startsWith(operand);
            case ENDS -> !Values.isNull(value) && Values.text(value).endsWith(operand);
            case ICONTAINS -> !Values.isNull(value) && Values.lower(value).contains(lower(operand));
            case ISTARTS -> !Values.isNull(value) && Values.lower(value).startsWith(lower(operand));
            case IENDS -> !Values.isNull(value) && Values.lower(value).endsWith(lower(operand));
            case NULL -> Values.isNull(value);
            case NOT_NULL -> !Values.isNull(value);
            case EMPTY -> isEmpty(value);
            case NOT_EMPTY -> !isEmpty(value);
            case GT -> !Values.isNull(value) && Values.compare(value, operand, field) > 0;
            case GTE -> !Values.isNull(value) && Values.compare(value, operand, field) >= 0;
            case LT -> !Values.isNull(value) && Values.compare(value, operand, field) < 0;
            case LTE -> !Values.isNull(value) && Values.compare(value, operand, field) <= 0;
            case BETWEEN -> between(value, operand, field);
        };
    }

    private static boolean between(JsonNode value, String operand, String field) {
        String[] bounds = operand.split(",", -1);
        if (bounds.length != 2) {
            throw ApiError.invalidParameter("Filter 'between' on field '" + field
                    + "' takes two values separated by a comma, got '" + operand + "'.");
        }
        return !Values.isNull(value) && Values.compare(value, bounds[0], field) >= 0
                && Values.compare(value, bounds[1], field) <= 0;
    }

    private static boolean isEmpty(JsonNode value) {
        return Values.isNull(value) || (value.isTextual() && value.asText().isEmpty())
                || (value.isContainerNode() && value.isEmpty());
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
