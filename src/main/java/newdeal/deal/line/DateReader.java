package newdeal.deal.line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import newdeal.deal.line.DateWords.Meaning;

/**
 * Takes the closing date out of a line: {@code 2027-03-31}, {@code 31.3.2027}, {@code 31/03/2027},
 * {@code Mar 31 2027}, {@code 31 March}, {@code end of month}, {@code end of quarter}, {@code in 6 weeks}, each
 * optionally after {@code close}, {@code closing} or {@code by}. A date that does not exist or is past stays in the
 * name and is noted; so do two different dates.
 */
final class DateReader {
    private static final Set<String> KEYWORDS = Set.of("close", "closing", "closes", "by");
    private static final Set<String> FILLERS = Set.of("date", "on");

    /** Words {@code from} (a keyword, if any) through {@code to}, the date's own words from {@code words}. */
    private record Found(int from, int words, int to, Meaning meaning) {
    }

    private record Span(int to, Meaning meaning) {
    }

    Optional<LocalDate> read(Line line, LocalDate today, Notes notes) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            Optional<Found> at = line.free(i) ? foundAt(line, i, today) : Optional.empty();
            at.ifPresent(found::add);
            i = at.map(f -> f.to() - 1).orElse(i);
        }
        found.stream().filter(f -> f.meaning().date().isEmpty())
                .forEach(f -> notes.add(f.words(), line.text(f.words(), f.to()), f.meaning().why()));
        List<Found> dated = found.stream().filter(f -> f.meaning().date().isPresent()).toList();
        if (dated.stream().map(f -> f.meaning().date().get()).distinct().count() > 1) {
            notes.add(dated.get(0).words(), String.join(", ", dated.stream().map(f -> line.text(f.words(), f.to())).toList()),
                    "several dates: none used");
            return Optional.empty();
        }
        dated.forEach(f -> line.use(f.from(), f.to(), Line.Use.DATE));
        return dated.stream().findFirst().flatMap(f -> f.meaning().date());
    }

    private Optional<Found> foundAt(Line line, int i, LocalDate today) {
        if (KEYWORDS.contains(lower(line, i))) {
            int words = FILLERS.contains(lower(line, i + 1)) && line.free(i + 1) ? i + 2 : i + 1;
            Optional<Span> date = line.free(words) ? spanAt(line, words, today) : Optional.empty();
            if (date.isPresent()) {
                return Optional.of(new Found(i, words, date.get().to(), date.get().meaning()));
            }
        }
        return spanAt(line, i, today).map(s -> new Found(i, i, s.to(), s.meaning()));
    }

    private Optional<Span> spanAt(Line line, int i, LocalDate today) {
        return DateWords.numeric(line.bare(i), today).map(m -> new Span(i + 1, m))
                .or(() -> named(line, i, today))
                .or(() -> relative(line, i, today));
    }

    /** 31 March [2027], March 31[,] [2027], with st/nd/rd/th allowed after the day. */
    private Optional<Span> named(Line line, int i, LocalDate today) {
        Optional<Integer> day = DateWords.day(line.bare(i));
        Optional<Integer> month = free(line, i + 1) ? month(line.bare(i + 1)) : Optional.empty();
        if (day.isEmpty() || month.isEmpty()) {
            month = month(line.bare(i));
            day = free(line, i + 1) ? DateWords.day(line.bare(i + 1)) : Optional.empty();
        }
        if (day.isEmpty() || month.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> year = free(line, i + 2) ? DateWords.year(line.bare(i + 2)) : Optional.empty();
        if (year.isPresent()) {
            return Optional.of(new Span(i + 3, DateWords.dated(year.get(), month.get(), day.get(), today)));
        }
        return Optional.of(new Span(i + 2, DateWords.next(month.get(), day.get(), today)));
    }

    /** end of [the|this] month|quarter|year, eom, eoq, eoy, in N (or a) days|weeks|months. */
    private Optional<Span> relative(Line line, int i, LocalDate today) {
        String word = lower(line, i);
        switch (word) {
            case "eom" -> { return Optional.of(new Span(i + 1, Meaning.of(DateWords.endOf("month", today)))); }
            case "eoq" -> { return Optional.of(new Span(i + 1, Meaning.of(DateWords.endOf("quarter", today)))); }
            case "eoy" -> { return Optional.of(new Span(i + 1, Meaning.of(DateWords.endOf("year", today)))); }
            case "end" -> { return endOf(line, i, today); }
            case "in" -> { return in(line, i, today); }
            default -> { return Optional.empty(); }
        }
    }

    private Optional<Span> endOf(Line line, int i, LocalDate today) {
        if (!"of".equals(lower(line, i + 1)) || !line.free(i + 1)) {
            return Optional.empty();
        }
        int at = Set.of("the", "this").contains(lower(line, i + 2)) && line.free(i + 2) ? i + 3 : i + 2;
        String period = lower(line, at);
        if (!line.free(at) || !Set.of("month", "quarter", "year").contains(period)) {
            return Optional.empty();
        }
        return Optional.of(new Span(at + 1, Meaning.of(DateWords.endOf(period, today))));
    }

    private Optional<Span> in(Line line, int i, LocalDate today) {
        String count = lower(line, i + 1);
        String unit = lower(line, i + 2).replaceFirst("s$", "");
        if (!line.free(i + 1, i + 3) || !count.matches("\\d{1,3}|an?|one") || !Set.of("day", "week", "month")
                .contains(unit)) {
            return Optional.empty();
        }
        int n = count.matches("\\d+") ? Integer.parseInt(count) : 1;
        LocalDate date = switch (unit) {
            case "day" -> today.plusDays(n);
            case "week" -> today.plusWeeks(n);
            default -> today.plusMonths(n);
        };
        return Optional.of(new Span(i + 3, Meaning.of(date)));
    }

    // "may" is a month only when written as one: "5 May", not "Globex 5 may renew".
    private static Optional<Integer> month(String word) {
        return word.equals("may") ? Optional.empty() : DateWords.month(word);
    }

    private static boolean free(Line line, int i) {
        return line.free(i);
    }

    private static String lower(Line line, int i) {
        return i < line.size() ? line.bare(i).toLowerCase(Locale.ROOT) : "";
    }
}
