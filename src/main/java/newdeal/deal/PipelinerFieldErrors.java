package newdeal.deal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maps the field names in Pipeliner's {@code field_errors} to the form's inputs, keeping Pipeliner's own messages.
 * Names are matched after dropping list indexes ({@code account_relations[0].account_id}): first the whole path,
 * then its first segment. What maps to no input is kept as "field: message" for the general message.
 */
final class PipelinerFieldErrors {
    private static final String NO_MESSAGE = "Pipeliner did not accept this value.";
    private static final Map<String, DealField> FIELDS = Map.ofEntries(
            Map.entry("name", DealField.NAME),
            Map.entry("owner_id", DealField.OWNER),
            Map.entry("step_id", DealField.STEP),
            Map.entry("oppty_type_id", DealField.STEP), // the type is the one of the chosen step's pipeline
            Map.entry("closing_date", DealField.CLOSING_DATE),
            Map.entry("value", DealField.VALUE),
            Map.entry("value.base_value", DealField.VALUE),
            Map.entry("value.value_foreign", DealField.VALUE),
            Map.entry("base_value", DealField.VALUE),
            Map.entry("value_foreign", DealField.VALUE),
            Map.entry("value.currency_id", DealField.CURRENCY),
            Map.entry("currency_id", DealField.CURRENCY),
            Map.entry("account_relations", DealField.ACCOUNT),
            Map.entry("contact_relations", DealField.CONTACTS),
            Map.entry("description", DealField.DESCRIPTION));

    /** The mapped messages per input, and "field: message" lines for fields no input stands for. */
    record Mapped(Map<DealField, String> fields, List<String> unmapped) {
    }

    private PipelinerFieldErrors() {
    }

    static Mapped map(Map<String, List<String>> fieldErrors) {
        Map<DealField, String> fields = new EnumMap<>(DealField.class);
        List<String> unmapped = new ArrayList<>();
        fieldErrors.forEach((name, messages) -> {
            String text = joined(messages);
            DealField field = fieldFor(name);
            if (field == null) {
                unmapped.add(name + ": " + text);
            } else {
                fields.merge(field, text, (a, b) -> a.equals(b) ? a : a + " " + b);
            }
        });
        return new Mapped(fields, List.copyOf(unmapped));
    }

    /** The input a Pipeliner field name stands for, or null. */
    static DealField fieldFor(String pipelinerField) {
        if (pipelinerField == null) {
            return null;
        }
        String path = pipelinerField.strip().toLowerCase(Locale.ROOT).replaceAll("\\[[^]]*]", "");
        DealField exact = FIELDS.get(path);
        if (exact != null) {
            return exact;
        }
        int dot = path.indexOf('.');
        return dot > 0 ? FIELDS.get(path.substring(0, dot)) : null;
    }

    private static String joined(List<String> messages) {
        List<String> texts = messages == null ? List.of() : messages.stream()
                .filter(Objects::nonNull).map(String::strip).filter(m -> !m.isEmpty()).distinct().toList();
        return texts.isEmpty() ? NO_MESSAGE : String.join(" ", texts);
    }
}
