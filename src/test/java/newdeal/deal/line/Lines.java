package newdeal.deal.line;

import java.time.LocalDate;
import java.util.List;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.Currency;

/** The space the line reader's tests read in: three currencies, accounts in several scripts, a fixed today. */
final class Lines {
    static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    static final Currency EUR = new Currency("cur-eur", "EUR", "€", true);
    static final Currency USD = new Currency("cur-usd", "USD", "$", false);
    static final Currency GBP = new Currency("cur-gbp", "GBP", "£", false);
    static final List<Currency> CURRENCIES = List.of(EUR, USD, GBP);
    static final List<Account> ACCOUNTS = List.of(account("Globex Corporation"), account("Globex UK Ltd"),
            account("Globex Logistics GmbH"), account("Initech"), account("Redwood Analytics GmbH"),
            account("Redwood Foods S.p.A."), account("Redwood Consulting Ltd"), account("Müller GmbH"),
            account("ООО Ромашка"), account("株式会社さくら"), account("Café Zürich AG"),
            account("Wonka Industries"), account("Los Pollos Hermanos"), account("Stark Industries"));

    private Lines() {
    }

    static LineReader reader() {
        return new LineReader(CURRENCIES, AccountMatcher.over(ACCOUNTS));
    }

    static LineReading read(String text) {
        return reader().read(text, TODAY);
    }

    static Account account(String name) {
        return new Account("id-" + name, name, null, null, "owner-1");
    }
}
