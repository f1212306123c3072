package org.detente.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the date and time forms pages use in metadata: ISO 8601 with or without offset (also {@code +0200} and a
 * space for {@code T}), RFC 1123, and plain dates. A time without an offset is taken in the given zone; a date alone
 * is the start of that day there.
 */
final class DateParser {

    private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T')
                    .optionalEnd().optionalStart().appendLiteral(' ').optionalEnd()
                    .append(DateTimeFormatter.ISO_LOCAL_TIME).appendOffset("+HHmm", "Z").toFormatter(Locale.ROOT),
            DateTimeFormatter.RFC_1123_DATE_TIME);
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);

    private final ZoneId zone;

    DateParser(ZoneId zone) {
        this.zone = zone;
    }

    Optional<OffsetDateTime> parse(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : WITH_OFFSET) {
            try {
                return Optional.of(OffsetDateTime.parse(v, f));
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(v).toOffsetDateTime());
        } catch (DateTimeParseException next) {
            // a zone id form is rare; try local forms
        }
        try {
            return Optional.of(LocalDateTime.parse(v, LOCAL).atZone(zone).toOffsetDateTime());
        } catch (DateTimeParseException next) {
            // try a plain date
        }
        try {
            return Optional.of(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v).atStartOfDay(zone)
                    .toOffsetDateTime());
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
