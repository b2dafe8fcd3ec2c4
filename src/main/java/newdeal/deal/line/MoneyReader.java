package newdeal.deal.line;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newdeal.pipeliner.Currency;

/**
 * Takes the value and the currency out of a line. An amount counts when it is written as money: with a currency
 * sign or code on it or next to it, with k or m, with thousands separators or with cents; a bare number (a year, a
 * count of seats) stays in the name. One amount only: several are all left in the name, and so is an amount in a
 * currency the space does not have.
 */
final class MoneyReader {
    record Read(Optional<BigDecimal> value, List<MarkedWord> signs) {
    }

    /** A currency sign or code that was used, where it stands, and what it says. */
    record MarkedWord(int at, String typed, boolean ownWord) {
    }

    private final CurrencyMarkers markers;

    MoneyReader(CurrencyMarkers markers) {
        this.markers = markers;
    }

    Read read(Line line, Notes notes) {
        List<AmountPiece> amounts = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            Optional<AmountPiece> piece = line.free(i) ? AmountPiece.at(line, i, markers) : Optional.empty();
            if (piece.isPresent() && counts(line, piece.get(), notes)) {
                amounts.add(piece.get());
            }
            i = piece.map(p -> p.to() - 1).orElse(i);
        }
        if (amounts.size() > 1) {
            notes.add(amounts.get(0).from(), String.join(", ", amounts.stream().map(a -> line.text(a.from(), a.to()))
                    .toList()), "several amounts: none used");
            return new Read(Optional.empty(), List.of());
        }
        if (amounts.isEmpty()) {
            return new Read(Optional.empty(), List.of());
        }
        return use(line, amounts.get(0), notes);
    }

    /** Whether the piece is an amount to consider; one that looks meant but cannot be read is noted. */
    private boolean counts(Line line, AmountPiece piece, Notes notes) {
        boolean signed = piece.hasSign() || neighbour(line, piece.from() - 1).isPresent()
                || neighbour(line, piece.to()).isPresent();
        if (piece.parsed() instanceof Amounts.Amount a) {
            return signed || a.moneyShaped();
        }
        if (piece.parsed() instanceof Amounts.Invalid invalid && (invalid.noteworthy() || signed)) {
            notes.add(piece.from(), line.text(piece.from(), piece.to()), "not an amount");
        }
        return false;
    }

    private Read use(Line line, AmountPiece piece, Notes notes) {
        List<MarkedWord> signs = new ArrayList<>();
        piece.prefix().ifPresent(p -> signs.add(new MarkedWord(piece.from(), p, false)));
        piece.suffix().ifPresent(s -> signs.add(new MarkedWord(piece.to() - 1, s, false)));
        int from = piece.from();
        int to = piece.to();
        Optional<String> before = neighbour(line, from - 1);
        Optional<String> after = neighbour(line, to);
        if (after.isPresent()) {
            signs.add(new MarkedWord(to, after.get(), true));
            to++;
        } else if (before.isPresent()) {
            signs.add(new MarkedWord(from - 1, before.get(), true));
            from--;
        }
        Optional<String> foreign = signs.stream().map(MarkedWord::typed).filter(s -> markers.named(s).isEmpty())
                .findFirst();
        if (foreign.isPresent()) {
            notes.add(from, line.text(from, to), foreign.get() + " is not one of the currencies in Pipeliner");
            return new Read(Optional.empty(), List.of());
        }
        line.use(from, to, Line.Use.VALUE);
        return new Read(Optional.of(((Amounts.Amount) piece.parsed()).value()), signs);
    }

    /** The currency word at {@code i}, if it is one: a code or sign of the space's, or any ISO code in capitals. */
    private Optional<String> neighbour(Line line, int i) {
        if (!line.free(i)) {
            return Optional.empty();
        }
        String word = line.bare(i);
        boolean currency = !markers.named(word).isEmpty() || CurrencyMarkers.isIsoCode(word)
                || CurrencyMarkers.isForeignSign(word);
        return currency ? Optional.of(word) : Optional.empty();
    }

    /** The space's currencies that {@code sign} may stand for. */
    List<Currency> currenciesOf(String sign) {
        return List.copyOf(markers.named(sign));
    }
}
