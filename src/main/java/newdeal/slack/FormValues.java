package newdeal.slack;

import java.time.LocalDate;
import java.util.List;

/**
 * The form's inputs as the rep left them, with the labels Slack showed for picked options, so that the form can be
 * shown again exactly as typed. {@code valueText} is the number as typed; any field may be null.
 */
record FormValues(String name, Choice account, List<Choice> contacts, String stepId, String valueText,
                  String currencyId, LocalDate closingDate, String ownerId, String description) {

    FormValues {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** A fresh form: the command's text as the name, the closing date given, everything else to be chosen. */
    static FormValues fresh(String name, LocalDate closingDate) {
        return new FormValues(name == null || name.isBlank() ? null : name.strip(), null, List.of(), null, null,
                null, closingDate, null, null);
    }

    FormValues withAccount(Choice chosen) {
        return new FormValues(name, chosen, List.of(), stepId, valueText, currencyId, closingDate, ownerId,
                description);
    }

    FormValues withOwner(String id) {
        return new FormValues(name, account, contacts, stepId, valueText, currencyId, closingDate, id, description);
    }
}
