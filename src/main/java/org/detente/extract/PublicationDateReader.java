package org.detente.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when a page was published, trying the most reliable places first: JSON-LD, Open Graph / article meta tags,
 * other meta tags, then {@code <time datetime>}. A time without an offset is read in the watch's time zone.
 */
public final class PublicationDateReader {

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> META_SELECTORS = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]");

    private final ZoneId zone;

    public PublicationDateReader(ZoneId zone) {
        this.zone = zone;
    }

    public Optional<OffsetDateTime> read(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                Optional<OffsetDateTime> parsed = parse(m.group(1));
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        for (String selector : META_SELECTORS) {
            for (Element meta : doc.select(selector)) {
                Optional<OffsetDateTime> parsed = parse(meta.attr("content"));
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        for (Element time : doc.select("time[datetime]")) {
            Optional<OffsetDateTime> parsed = parse(time.attr("datetime"));
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    Optional<OffsetDateTime> parse(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(v));
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(v).atZone(zone).toOffsetDateTime());
            } catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(LocalDate.parse(v).atStartOfDay(zone).toOffsetDateTime());
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        }
    }
}
