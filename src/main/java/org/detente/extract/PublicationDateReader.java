package org.detente.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when a page was published, trying the most reliable places first: JSON-LD {@code datePublished}, the
 * Open Graph {@code article:published_time}, other meta tags, elements marked {@code itemprop=datePublished},
 * {@code <time datetime>}, a date in the URL path, then a modification time, a date kept in a script's application
 * state, and last a date shown in an element named for dates. The source says which. A time without an offset is read in the watch's zone.
 */
public final class PublicationDateReader {

    private static final List<String> META_NAMES = List.of(
            "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
            "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created",
            "dc.date", "date", "article.published", "originalpublicationdate");
    private static final List<String> MODIFIED_META_NAMES = List.of(
            "article:modified_time", "og:updated_time", "dateModified", "last-modified");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

    private final DateParser parser;
    private final VisibleDateReader visible;
    private final ScriptDataDates scripts;
    private final ZoneId zone;

    public PublicationDateReader(ZoneId zone) {
        this.zone = zone;
        this.parser = new DateParser(zone);
        this.visible = new VisibleDateReader(zone);
        this.scripts = new ScriptDataDates(parser);
    }

    /** The publication time and where it was read. */
    Optional<Sourced<OffsetDateTime>> read(Document doc, MetadataElements page, JsonLd jsonLd, MetaTags meta,
            String address) {
        Optional<OffsetDateTime> ld = jsonLd.text("datePublished").flatMap(parser::parse);
        if (ld.isPresent()) {
            return Optional.of(new Sourced<>(ld.get(), "json-ld:datePublished"));
        }
        Optional<Sourced<OffsetDateTime>> stated = fromMeta(meta, META_NAMES);
        if (stated.isPresent()) {
            return stated;
        }
        for (Element e : page.dates()) {
            String value = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
            Optional<OffsetDateTime> parsed = parser.parse(value);
            if (parsed.isPresent()) {
                return Optional.of(new Sourced<>(parsed.get(),
                        e.nameIs("time") && !e.hasAttr("itemprop") ? "time[datetime]" : "itemprop:datePublished"));
            }
        }
        Optional<Sourced<OffsetDateTime>> url = fromUrl(address);
        if (url.isPresent()) {
            return url;
        }
        Optional<Sourced<OffsetDateTime>> modified = modified(meta, jsonLd);
        if (modified.isPresent()) {
            return modified;
        }
        Optional<Sourced<OffsetDateTime>> scripted = scripts.read(doc);
        if (scripted.isPresent()) {
            return scripted;
        }
        return visible.read(doc).map(t -> new Sourced<>(t, "visible-date"));
    }

    /** When only a modification time is given, it is the closest the page comes to saying when it appeared. */
    private Optional<Sourced<OffsetDateTime>> modified(MetaTags meta, JsonLd jsonLd) {
        Optional<OffsetDateTime> ld = jsonLd.text("dateModified").flatMap(parser::parse);
        if (ld.isPresent()) {
            return Optional.of(new Sourced<>(ld.get(), "json-ld:dateModified"));
        }
        return fromMeta(meta, MODIFIED_META_NAMES);
    }

    /** The publication time alone, for callers that do not parse JSON-LD themselves. */
    public Optional<OffsetDateTime> read(Document doc) {
        MetadataElements page = MetadataElements.of(doc);
        return read(doc, page, JsonLd.of(page), MetaTags.of(page), doc.location()).map(Sourced::value);
    }

    private Optional<Sourced<OffsetDateTime>> fromMeta(MetaTags meta, List<String> names) {
        for (String name : names) {
            Optional<OffsetDateTime> parsed = meta.get(name).flatMap(parser::parse);
            if (parsed.isPresent()) {
                return Optional.of(new Sourced<>(parsed.get(), "meta:" + name));
            }
        }
        return Optional.empty();
    }

    private Optional<Sourced<OffsetDateTime>> fromUrl(String address) {
        Matcher m = URL_DATE.matcher(address == null ? "" : address);
        if (m.find()) {
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return Optional.of(new Sourced<>(day.atStartOfDay(zone).toOffsetDateTime(), "url-path"));
            } catch (DateTimeException notADay) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    Optional<OffsetDateTime> parse(String value) {
        return parser.parse(value);
    }
}
