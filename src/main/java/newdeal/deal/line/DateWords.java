package newdeal.deal.line;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one date, written in one of the forms reps use, means on a given day: a date, or why it is none
 * ({@code 31.2.2027}: no such date; {@code 2024-03-31}: in the past). Today is passed in (UTC), never read.
 */
final class DateWords {
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("feb", 2), Map.entry("february", 2), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5), Map.entry("jun", 6),
            Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8),
            Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("october", 10), Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12));

    /** A date, or the reason the words are none. */
    record Meaning(Optional<LocalDate> date, String why) {
        static Meaning of(LocalDate date) {
            return new Meaning(Optional.of(date), "");
        }

        static Meaning not(String why) {
            return new Meaning(Optional.empty(), why);
        }
    }

    private DateWords() {
    }

    /** A date written as one word: 2027-03-31, 2027/03/31, 31.3.2027, 31/03/2027 (or 03/31/2027). */
    static Optional<Meaning> numeric(String word, LocalDate today) {
        Matcher m = ISO.matcher(word);
        if (m.matches()) {
            return Optional.of(dated(num(m, 1), num(m, 2), num(m, 3), today));
        }
        m = DOTTED.matcher(word);
        if (m.matches()) {
            return Optional.of(dated(num(m, 3), num(m, 2), num(m, 1), today));
        }
        m = SLASHED.matcher(word);
        if (m.matches()) {
            boolean monthFirst = num(m, 1) <= 12 && num(m, 2) > 12;  // 03/31/2027 can only be American
            return Optional.of(monthFirst ? dated(num(m, 3), num(m, 1), num(m, 2), today)
                    : dated(num(m, 3), num(m, 2), num(m, 1), today));
        }
        return Optional.empty();
    }

    /** The date with a year, which must not be in the past. */
    static Meaning dated(int year, int month, int day, LocalDate today) {
        Optional<LocalDate> date = valid(year, month, day);
        if (date.isEmpty()) {
            return Meaning.not("no such date");
        }
        return date.get().isBefore(today) ? Meaning.not("in the past") : Meaning.of(date.get());
    }

    /** The next such day from today on (31 March on 1 April is next year's); 29 Feb waits for a leap year. */
    static Meaning next(int month, int day, LocalDate today) {
        for (int year = today.getYear(); year <= today.getYear() + 8; year++) {
            Optional<LocalDate> date = valid(year, month, day);
            if (date.isPresent() && !date.get().isBefore(today)) {
                return Meaning.of(date.get());
            }
        }
        return Meaning.not("no such date");
    }

    static LocalDate endOf(String period, LocalDate today) {
        return switch (period) {
            case "month" -> today.with(TemporalAdjusters.lastDayOfMonth());
            case "quarter" -> today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 3)
                    .with(TemporalAdjusters.lastDayOfMonth());
            case "year" -> today.with(TemporalAdjusters.lastDayOfYear());
            default -> throw new IllegalArgumentException("no such period: " + period);
        };
    }

    static Optional<Integer> month(String word) {
        return Optional.ofNullable(MONTHS.get(word.toLowerCase(Locale.ROOT)));
    }

    static Optional<Integer> day(String word) {
        Matcher m = DAY.matcher(word);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    static Optional<Integer> year(String word) {
        return YEAR.matcher(word).matches() ? Optional.of(Integer.parseInt(word)) : Optional.empty();
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
