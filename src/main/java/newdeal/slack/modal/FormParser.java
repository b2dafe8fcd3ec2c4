package newdeal.slack.modal;

import com.slack.api.model.view.ViewState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import newdeal.deal.DealDraft;
import newdeal.deal.DealField;
import newdeal.deal.TypedText;

/**
 * Reads {@code view.state.values} (block_id → action_id → value) by action_id, whatever block the input sits in,
 * into the values as typed ({@link #read}), and values into a {@link DealDraft} ({@link #parse}). Text that is no
 * number or no date becomes a field error here; the deal rules (required fields and so on) are
 * {@code DealService.validate}'s. Which account counts when the state lacks one is {@link ModalState}'s to say.
 */
public final class FormParser {
    /** Characters of a typed amount worth reading as a number (15 digits, a point, decimals, an exponent...). */
    static final int MAX_NUMBER_LENGTH = 40;

    /** The inputs as Slack sent them, and the ones that could not be read at all (by field). */
    public record Inputs(FormValues values, Map<DealField, String> unreadable) {
        public Inputs {
            unreadable = Map.copyOf(unreadable);
        }
    }

    public Inputs read(ViewState state) {
        Map<String, ViewState.Value> byAction = byActionId(state);
        Map<DealField, String> errors = new EnumMap<>(DealField.class);
        FormValues values = new FormValues(text(byAction.get(FieldIds.NAME)), choice(byAction.get(FieldIds.ACCOUNT)),
                choices(byAction.get(FieldIds.CONTACTS)), id(byAction.get(FieldIds.STEP)),
                text(byAction.get(FieldIds.VALUE)), id(byAction.get(FieldIds.CURRENCY)),
                date(byAction.get(FieldIds.CLOSING_DATE), errors), id(byAction.get(FieldIds.OWNER)),
                text(byAction.get(FieldIds.DESCRIPTION)));
        return new Inputs(values, errors);
    }

    /** The draft the values make; {@code unreadable}: what {@link #read} could not read, kept among the errors. */
    public ParsedForm parse(FormValues values, Map<DealField, String> unreadable) {
        Map<DealField, String> errors = new EnumMap<>(DealField.class);
        errors.putAll(unreadable);
        DealDraft draft = new DealDraft(values.name() == null ? null : values.name().strip(),
                values.account() == null ? null : values.account().id(),
                values.contacts().stream().map(Choice::id).toList(), values.stepId(),
                amount(values.valueText(), errors), values.currencyId(), values.closingDate(), values.ownerId(),
                values.description());
        return new ParsedForm(values, draft, errors);
    }

    private static Map<String, ViewState.Value> byActionId(ViewState state) {
        Map<String, ViewState.Value> byAction = new HashMap<>();
        if (state != null && state.getValues() != null) {
            state.getValues().values().stream().filter(Objects::nonNull).forEach(byAction::putAll);
        }
        return byAction;
    }

    private static BigDecimal amount(String typed, Map<DealField, String> errors) {
        if (typed == null) {
            return null;
        }
        String digits = typed.strip().replace(",", "");
        try {
            // Longer than any amount Pipeliner takes: refused before a number is built from it.
            if (digits.length() <= MAX_NUMBER_LENGTH) {
                return new BigDecimal(digits);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(DealField.VALUE, "Enter a number such as 12500 or 12500.50, not " + TypedText.quoted(typed) + ".");
        return null;
    }

    private static LocalDate date(ViewState.Value value, Map<DealField, String> errors) {
        String typed = value == null ? null : value.getSelectedDate();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            errors.put(DealField.CLOSING_DATE, "Pick the closing date in the calendar (" + TypedText.quoted(typed)
                    + " is no date).");
            return null;
        }
    }

    private static String text(ViewState.Value value) {
        String text = value == null ? null : value.getValue();
        return text == null || text.isBlank() ? null : text;
    }

    private static String id(ViewState.Value value) {
        Choice choice = choice(value);
        return choice == null ? null : choice.id();
    }

    private static Choice choice(ViewState.Value value) {
        if (value == null || value.getSelectedOption() == null || value.getSelectedOption().getValue() == null) {
            return null;
        }
        return toChoice(value.getSelectedOption());
    }

    private static List<Choice> choices(ViewState.Value value) {
        if (value == null || value.getSelectedOptions() == null) {
            return List.of();
        }
        return value.getSelectedOptions().stream().filter(o -> o.getValue() != null).map(FormParser::toChoice)
                .toList();
    }

    private static Choice toChoice(ViewState.SelectedOption option) {
        String label = option.getText() == null ? option.getValue() : option.getText().getText();
        return new Choice(option.getValue(), label);
    }
}
