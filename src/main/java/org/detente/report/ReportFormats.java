package org.detente.report;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Turns numbers and times into text the same way on every machine.
 *
 * <p>CSV files are compared byte for byte and read by scripts, so formatting must not depend on the
 * default locale (decimal comma) or print {@code -0.0}.
 */
final class ReportFormats {

    /** ISO-8601 with offset and whole seconds, e.g. {@code 2022-02-14T09:30:00+01:00} ({@code Z} for UTC). */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private ReportFormats() {
    }

    /** Fixed decimals, dot separator, no grouping; a value that rounds to zero never carries a minus. */
    static String decimal(double value, int places) {
        String text = String.format(Locale.ROOT, "%." + places + "f", value);
        boolean negativeZero = text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9');
        return negativeZero ? text.substring(1) : text;
    }

    /** The time as published, keeping its offset; empty when unknown. */
    static String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }
}
