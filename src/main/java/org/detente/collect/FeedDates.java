package org.detente.collect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads feed and sitemap dates strictly: RFC 822 / 1123 dates (RSS) and ISO 8601 / W3C dates (Atom, RDF, sitemaps),
 * with the zone names feeds use. A date that does not exist ("31 Feb 2022") or cannot be read gives null, never a
 * guessed day: the article then falls back to the page's own date.
 */
final class FeedDates {

    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("UT", "+0000"),
            Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"), Map.entry("EST", "-0500"),
            Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"),
            Map.entry("PDT", "-0700"), Map.entry("BST", "+0100"), Map.entry("CET", "+0100"),
            Map.entry("CEST", "+0200"), Map.entry("EET", "+0200"), Map.entry("EEST", "+0300"),
            Map.entry("MSK", "+0300"));

    private static final DateTimeFormatter RFC822 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM ")
            .appendValueReduced(ChronoField.YEAR, 2, 4, 1950)
            .appendPattern(" HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .appendPattern(" xx")
            .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private static final List<DateTimeFormatter> ISO = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd'T'HH:mm").appendOffsetId().toFormatter()
                    .withResolverStyle(ResolverStyle.STRICT));

    private FeedDates() {
    }

    /** The instant a feed or sitemap date names, or null when it names none that exists. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // the weekday is dropped: it adds nothing, and a wrong one should not lose a good date
        String t = text.strip().replaceAll("\\s+", " ").replaceFirst("^[A-Za-z]{3,9},\\s*", "");
        Instant rfc = rfc822(t);
        if (rfc != null) {
            return rfc;
        }
        for (DateTimeFormatter f : ISO) {
            try {
                return OffsetDateTime.parse(t.replace(" ", "T"), f).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            // a bare date (W3C "YYYY-MM-DD"): taken as midnight UTC, as the sitemap protocol does
            return LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT))
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant rfc822(String t) {
        int space = t.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        String zone = t.substring(space + 1);
        String offset = ZONES.getOrDefault(zone.toUpperCase(Locale.ROOT), zone.replace(":", ""));
        try {
            return ZonedDateTime.parse(t.substring(0, space) + " " + offset, RFC822).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
