package newdeal.slack.modal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.Contact;
import newdeal.pipeliner.Currency;
import newdeal.pipeliner.PipelinerUser;
import newdeal.pipeliner.Step;

/** The texts options and replies show for Pipeliner records, cut to what Slack accepts. */
public final class Labels {
    /** Slack's limit for option texts and group labels. */
    public static final int MAX = 75;

    private Labels() {
    }

    /** The text, cut to {@link #MAX} characters with an ellipsis when longer. */
    public static String fit(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= MAX ? t : t.substring(0, MAX - 1).stripTrailing() + "…";
    }

    public static String step(Step step) {
        return fit(step.name() + " · " + step.percent() + " %");
    }

    public static String account(Account account) {
        return fit(blank(account.city()) ? account.name() : account.name() + " · " + account.city());
    }

    public static String contact(Contact contact) {
        String name = contactName(contact);
        return fit(blank(contact.email1()) ? name : name + " · " + contact.email1());
    }

    public static String contactName(Contact contact) {
        if (!blank(contact.formattedName())) {
            return contact.formattedName();
        }
        String joined = ((contact.firstName() == null ? "" : contact.firstName()) + " "
                + (contact.lastName() == null ? "" : contact.lastName())).strip();
        return joined.isEmpty() ? String.valueOf(contact.email1()) : joined;
    }

    public static String user(PipelinerUser user) {
        if (!blank(user.formattedName())) {
            return fit(user.formattedName());
        }
        String joined = ((user.firstName() == null ? "" : user.firstName()) + " "
                + (user.lastName() == null ? "" : user.lastName())).strip();
        return fit(joined.isEmpty() ? user.email() : joined);
    }

    public static String currency(Currency currency) {
        boolean symbolAdds = !blank(currency.symbol()) && !currency.symbol().equals(currency.code());
        return fit(symbolAdds ? currency.code() + " (" + currency.symbol() + ")" : currency.code());
    }

    /** An amount as reps read it: thousands grouped, two decimals, then the currency code ("12,500.00 EUR"). */
    public static String money(BigDecimal amount, String currencyCode) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String number = format.format(amount);
        return blank(currencyCode) ? number : number + " " + currencyCode;
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
