package newdeal.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;

/** Pipeliner's timestamp format ({@code 2024-07-09 12:51:48.050073+00:00}: a space, not a {@code T}) and lenient parsing. */
final class Timestamps {
    private static final DateTimeFormatter PIPELINER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");
    // Accepts what clients send in filters: a space or a T, with or without fraction and offset.
    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter();

    private Timestamps() {
    }

    static String format(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).format(PIPELINER);
    }

    /** A timestamp or a plain date (taken as midnight UTC); empty when the text is neither. */
    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, LENIENT).toInstant());
        } catch (DateTimeParseException notATimestamp) {
            return parseDate(text).map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }

    static Optional<LocalDate> parseDate(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException badDate) {
            return Optional.empty();
        }
    }
}
