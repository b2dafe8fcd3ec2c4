package newdeal.slack.modal;

import java.time.LocalDate;
import java.util.List;

/**
 * The form's inputs as the rep left them, with the labels Slack showed for picked options, so that the form can be
 * shown again exactly as typed. {@code valueText} is the number as typed; any field may be null.
 */
public record FormValues(String name, Choice account, List<Choice> contacts, String stepId, String valueText,
                  String currencyId, LocalDate closingDate, String ownerId, String description) {
    /** The longest deal name the form takes (Pipeliner takes 255; new-deal's rules allow 250). */
    public static final int MAX_NAME = 250;

    public FormValues {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** A fresh form: the command's text as the name, the closing date given, everything else to be chosen. A text
     *  longer than a name may be is cut (at a space where one is near) and the rest goes into the description. */
    public static FormValues fresh(String text, LocalDate closingDate) {
        String typed = text == null || text.isBlank() ? null : text.strip();
        if (typed == null || typed.length() <= MAX_NAME) {
            return new FormValues(typed, null, List.of(), null, null, null, closingDate, null, null);
        }
        int cut = cutAt(typed);
        return new FormValues(typed.substring(0, cut).stripTrailing(), null, List.of(), null, null, null,
                closingDate, null, typed.substring(cut).strip());
    }

    private static int cutAt(String text) {
        int space = text.lastIndexOf(' ', MAX_NAME);
        int cut = space > MAX_NAME / 2 ? space : MAX_NAME;
        return Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut;
    }

    /** Another account: the contacts chosen for the last one no longer apply. */
    public FormValues withAccount(Choice chosen) {
        return new FormValues(name, chosen, List.of(), stepId, valueText, currencyId, closingDate, ownerId,
                description);
    }

    /** {@code fallback} as the account when none is chosen here; everything else as it is. */
    public FormValues withAccountIfNone(Choice fallback) {
        return account != null || fallback == null ? this : new FormValues(name, fallback, contacts, stepId,
                valueText, currencyId, closingDate, ownerId, description);
    }

    public FormValues withOwner(String id) {
        return new FormValues(name, account, contacts, stepId, valueText, currencyId, closingDate, id, description);
    }
}
