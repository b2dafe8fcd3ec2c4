package newdeal.slack.modal;

import java.util.Map;
import newdeal.deal.DealField;

/** The form's action_ids (the external contract) per deal field, and the labels the rep reads. */
public final class FieldIds {
    public static final String CALLBACK_ID = "new_deal";
    public static final String NAME = "deal_name";
    public static final String ACCOUNT = "account";
    public static final String CONTACTS = "contacts";
    public static final String STEP = "step";
    public static final String VALUE = "value";
    public static final String CURRENCY = "currency";
    public static final String CLOSING_DATE = "closing_date";
    public static final String OWNER = "owner";
    public static final String DESCRIPTION = "description";
    /** The "Try again" button after a create failed in the background. */
    public static final String RETRY = "retry";
    /** The "Try again" button when the form could not load. */
    public static final String RELOAD = "reload";

    private static final Map<DealField, String> ACTIONS = Map.of(DealField.NAME, NAME, DealField.ACCOUNT, ACCOUNT,
            DealField.CONTACTS, CONTACTS, DealField.STEP, STEP, DealField.VALUE, VALUE, DealField.CURRENCY, CURRENCY,
            DealField.CLOSING_DATE, CLOSING_DATE, DealField.OWNER, OWNER, DealField.DESCRIPTION, DESCRIPTION);

    private static final Map<DealField, String> LABELS = Map.of(DealField.NAME, "Deal name",
            DealField.ACCOUNT, "Account", DealField.CONTACTS, "Contacts", DealField.STEP, "Pipeline step",
            DealField.VALUE, "Value", DealField.CURRENCY, "Currency", DealField.CLOSING_DATE, "Closing date",
            DealField.OWNER, "Owner", DealField.DESCRIPTION, "Description");

    private FieldIds() {
    }

    public static String actionId(DealField field) {
        return ACTIONS.get(field);
    }

    public static String label(DealField field) {
        return LABELS.get(field);
    }
}
