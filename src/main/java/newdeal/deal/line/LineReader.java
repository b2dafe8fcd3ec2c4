package newdeal.deal.line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.Currency;

/**
 * Reads a deal from one line of text, {@code /new-deal Globex renewal 50k EUR close 2027-03-31} or a message: value,
 * currency, closing date and account where the line names them, the rest, in order, as the deal name. Pure: the
 * space's currencies and an {@link AccountMatcher} are given, and so is today (a UTC date); it reads no clock and
 * calls nothing but the matcher. Nothing doubtful is used: it stays in the name and the reading's notes say why.
 * <pre>{@code
 * LineReading r = new LineReader(catalog.currencies(), AccountMatcher.over(accounts))
 *         .read("Globex renewal €50k by 31 March", LocalDate.of(2027, 1, 10));
 * r.name();        // "Globex renewal"
 * r.value();       // 50000, r.currency(): EUR, r.closingDate(): 2027-03-31
 * r.account();     // Chosen(Globex Corporation)
 * }</pre>
 */
public final class LineReader {
    private final List<Currency> currencies;
    private final CurrencyMarkers markers;
    private final AccountMatcher accounts;
    private final DateReader dates = new DateReader();

    public LineReader(List<Currency> currencies, AccountMatcher accounts) {
        this.currencies = List.copyOf(currencies);
        this.markers = new CurrencyMarkers(this.currencies);
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    public LineReading read(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Line line = new Line(text);
        Notes notes = new Notes();
        Optional<LocalDate> closing = dates.read(line, today, notes);
        MoneyReader money = new MoneyReader(markers);
        MoneyReader.Read amount = money.read(line, notes);
        Optional<Currency> currency = currency(line, amount.signs(), money, notes);
        String name = line.name();
        AccountPick account = name.isBlank() ? AccountPick.none() : pick(name);
        return new LineReading(name, amount.value(), currency, closing, account, notes.inLineOrder());
    }

    private AccountPick pick(String name) {
        List<Account> candidates = accounts.candidates(name);
        return candidates == null || candidates.isEmpty() ? AccountPick.none()
                : AccountRanking.pick(name, candidates);
    }

    /**
     * The one currency that every sign and code in the line stands for ("€50k EUR" is fine); when they disagree, or
     * a sign stands for several (a "$" of USD and CAD), none, and the words that can go back to the name do.
     */
    private Optional<Currency> currency(Line line, List<MoneyReader.MarkedWord> signs, MoneyReader money,
                                        Notes notes) {
        List<MoneyReader.MarkedWord> mentions = new ArrayList<>(signs);
        for (int i = 0; i < line.size(); i++) {
            if (line.free(i) && isCurrencyWord(line.bare(i))) {
                mentions.add(new MoneyReader.MarkedWord(i, line.bare(i), true));
                line.use(i, i + 1, Line.Use.CURRENCY);
            }
        }
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        List<Currency> common = new ArrayList<>(currencies);
        mentions.forEach(m -> common.retainAll(money.currenciesOf(m.typed())));
        if (common.size() == 1) {
            return Optional.of(common.get(0));
        }
        mentions.stream().filter(MoneyReader.MarkedWord::ownWord).forEach(m -> line.use(m.at(), m.at() + 1,
                Line.Use.NAME));
        String typed = String.join(", ", mentions.stream().map(MoneyReader.MarkedWord::typed).distinct().toList());
        int at = mentions.stream().mapToInt(MoneyReader.MarkedWord::at).min().orElse(0);
        notes.add(at, typed, common.isEmpty() ? "several currencies: none used"
                : "could be " + String.join(" or ", common.stream().map(Currency::code).toList()));
        return Optional.empty();
    }

    /** A code of the space's currencies in any case, or a sign of one that is no letter ("£", not "kr"). */
    private boolean isCurrencyWord(String word) {
        if (markers.named(word).isEmpty()) {
            return false;
        }
        return word.matches("[A-Za-z]{3}") && currencies.stream().anyMatch(c -> word.equalsIgnoreCase(c.code()))
                || word.codePoints().noneMatch(Character::isLetter);
    }
}
