package newdeal.slack;

import java.util.Map;
import newdeal.deal.DealDraft;
import newdeal.deal.DealField;

/** A submitted form: the values as typed, the draft made of them, and inputs that could not be read at all. */
record ParsedForm(FormValues values, DealDraft draft, Map<DealField, String> errors) {
    ParsedForm {
        errors = Map.copyOf(errors);
    }
}
