package newdeal.deal.line;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import newdeal.pipeliner.Account;

/** The words of {@link LineReading#summary}: plain text, to be escaped by whoever puts it in a message. */
final class ReadingSummary {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final int CANDIDATES_SHOWN = 3;

    private ReadingSummary() {
    }

    static Optional<String> of(LineReading reading, String source) {
        List<String> read = new ArrayList<>();
        reading.value().ifPresent(v -> read.add("value " + amount(v)));
        reading.currency().ifPresent(c -> read.add("currency " + c.code()));
        reading.closingDate().ifPresent(d -> read.add("closing date " + DATE.format(d)));
        if (reading.account() instanceof AccountPick.Chosen chosen) {
            read.add("account " + chosen.account().name());
        }
        List<String> sentences = new ArrayList<>();
        if (!read.isEmpty()) {
            sentences.add("Read from " + source + ": " + String.join(", ", read));
        }
        if (reading.account() instanceof AccountPick.Ambiguous ambiguous) {
            sentences.add(ambiguous(ambiguous));
        }
        if (!reading.notes().isEmpty()) {
            sentences.add("Not understood: " + String.join(", ", reading.notes().stream().map(Note::toString)
                    .toList()));
        }
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(". ", sentences));
    }

    private static String ambiguous(AccountPick.Ambiguous ambiguous) {
        List<String> names = ambiguous.candidates().stream().map(Account::name).toList();
        String shown = String.join(", ", names.subList(0, Math.min(CANDIDATES_SHOWN, names.size())));
        if (names.size() > CANDIDATES_SHOWN) {
            shown += " and " + (names.size() - CANDIDATES_SHOWN) + " more";
        }
        String what = ambiguous.words().isEmpty() ? "" : " “" + ambiguous.words() + "”";
        return "Several accounts match" + what + " (" + shown + "): choose one";
    }

    /** 50000 as "50 000", 12500.5 as "12 500.5": thousands apart, as reps read them in any locale. */
    static String amount(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + grouped + (dot < 0 ? "" : plain.substring(dot));
    }
}
