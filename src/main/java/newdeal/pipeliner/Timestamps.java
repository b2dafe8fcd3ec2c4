package newdeal.pipeliner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/** Pipeliner's timestamps: {@code 2024-07-09 12:51:48.050073+00:00}, a space where ISO has a {@code T}. */
final class Timestamps {
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:mm", "Z").optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter();
    // The form a published Pipeliner connector sends in `filter[modified]` with `gte`: UTC, whole seconds.
    private static final DateTimeFormatter FILTER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** Null for null or blank; a malformed value is null too, since no decision hangs on one timestamp. */
    static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim(), READ);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A {@code closing_date}: {@code YYYY-MM-DD}, tolerating a time after it; null when absent or malformed. */
    static LocalDate parseDate(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * For a {@code filter[created]} or {@code filter[modified]} with {@code gte}: rounded down to the second, so
     * nothing later is excluded.
     */
    static String forFilter(Instant instant) {
        return FILTER.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
