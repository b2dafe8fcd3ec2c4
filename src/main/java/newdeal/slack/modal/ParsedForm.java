package newdeal.slack.modal;

import java.util.Map;
import newdeal.deal.DealDraft;
import newdeal.deal.DealField;

/** A submitted form: the values as typed, the draft made of them, and inputs that could not be read at all. */
public record ParsedForm(FormValues values, DealDraft draft, Map<DealField, String> errors) {
    public ParsedForm {
        errors = Map.copyOf(errors);
    }
}
