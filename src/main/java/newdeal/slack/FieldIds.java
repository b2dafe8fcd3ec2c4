package newdeal.slack;

import java.util.Map;
import newdeal.deal.DealField;

/** The form's action_ids (the external contract) per deal field, and the labels the rep reads. */
final class FieldIds {
    static final String CALLBACK_ID = "new_deal";
    static final String NAME = "deal_name";
    static final String ACCOUNT = "account";
    static final String CONTACTS = "contacts";
    static final String STEP = "step";
    static final String VALUE = "value";
    static final String CURRENCY = "currency";
    static final String CLOSING_DATE = "closing_date";
    static final String OWNER = "owner";
    static final String DESCRIPTION = "description";
    /** The "Try again" button after a create failed in the background. */
    static final String RETRY = "retry";
    /** The "Try again" button when the form could not load. */
    static final String RELOAD = "reload";

    private static final Map<DealField, String> ACTIONS = Map.of(DealField.NAME, NAME, DealField.ACCOUNT, ACCOUNT,
            DealField.CONTACTS, CONTACTS, DealField.STEP, STEP, DealField.VALUE, VALUE, DealField.CURRENCY, CURRENCY,
            DealField.CLOSING_DATE, CLOSING_DATE, DealField.OWNER, OWNER, DealField.DESCRIPTION, DESCRIPTION);

    private static final Map<DealField, String> LABELS = Map.of(DealField.NAME, "Deal name",
            DealField.ACCOUNT, "Account", DealField.CONTACTS, "Contacts", DealField.STEP, "Pipeline step",
            DealField.VALUE, "Value", DealField.CURRENCY, "Currency", DealField.CLOSING_DATE, "Closing date",
            DealField.OWNER, "Owner", DealField.DESCRIPTION, "Description");

    private FieldIds() {
    }

    static String actionId(DealField field) {
        return ACTIONS.get(field);
    }

    static String label(DealField field) {
        return LABELS.get(field);
    }
}
