package newdeal.deal;

/** The inputs of the deal form, for per-field messages. */
public enum DealField { NAME, ACCOUNT, CONTACTS, STEP, VALUE, CURRENCY, CLOSING_DATE, OWNER, DESCRIPTION }
