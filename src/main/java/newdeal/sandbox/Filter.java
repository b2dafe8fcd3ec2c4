package newdeal.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code filter[field]=value} with its {@code filter-op[field]=op}. */
record Filter(String field, FilterOp op, String operand) {
    private static final Pattern VALUE = Pattern.compile("filter\\[(.+)]");
    private static final Pattern OP = Pattern.compile("filter-op\\[(.+)]");

    boolean test(ObjectNode row) {
        return op.test(row.get(field), operand, field);
    }

    /** Reads every {@code filter[...]} and {@code filter-op[...]} parameter; fields must exist on the entity. */
    static List<Filter> parse(Map<String, List<String>> params, String entity, Set<String> fields) {
        Set<String> named = new TreeSet<>();
        params.keySet().forEach(key -> field(key, VALUE).or(() -> field(key, OP)).ifPresent(named::add));
        List<Filter> filters = new ArrayList<>();
        for (String field : named) {
            if (!fields.contains(field)) {
                throw ApiError.invalidParameter("Cannot filter " + entity + " by unknown field '" + field + "'.");
            }
            String opText = first(params, "filter-op[" + field + "]");
            FilterOp op = opText == null ? FilterOp.EQ : FilterOp.fromWire(opText).orElseThrow(() ->
                    ApiError.invalidParameter("Unknown filter operator '" + opText + "' for field '" + field + "'."));
            String operand = first(params, "filter[" + field + "]");
            if (op.needsOperand() && operand == null) {
                throw ApiError.invalidParameter("Filter operator '" + op.wire() + "' on field '" + field
                        + "' needs a value in filter[" + field + "].");
            }
            filters.add(new Filter(field, op, operand));
        }
        return filters;
    }

    private static java.util.Optional<String> field(String key, Pattern pattern) {
        Matcher m = pattern.matcher(key);
        return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
