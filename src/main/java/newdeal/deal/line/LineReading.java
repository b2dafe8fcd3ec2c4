package newdeal.deal.line;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newdeal.pipeliner.Currency;

/**
 * What a line said: the deal name (what is left, in order), and the value, currency, closing date and account where
 * it named them. {@code notes} lists what looked meant but was not used (it stays in the name): an amount that is
 * none ({@code 50kk}), a date that does not exist or is past, two different amounts or dates.
 */
public record LineReading(String name, Optional<BigDecimal> value, Optional<Currency> currency,
                          Optional<LocalDate> closingDate, AccountPick account, List<Note> notes) {
    public LineReading {
        notes = List.copyOf(notes);
    }

    /** Whether anything besides the name was read. */
    public boolean readAnything() {
        return value.isPresent() || currency.isPresent() || closingDate.isPresent()
                || account instanceof AccountPick.Chosen;
    }

    /**
     * One line for the rep saying what was read from {@code source} ("your command", "the message"), and what was
     * not understood: "Read from your command: value 50 000, currency EUR, closing date 31 Mar 2027, account Globex
     * Corporation". Empty when there is nothing to say.
     */
    public Optional<String> summary(String source) {
        return ReadingSummary.of(this, source);
    }
}
