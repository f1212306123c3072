package org.detente.extract;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads a page's metadata from the whole page, boilerplate included: title, publication time,
 * author, language, canonical URL and site name, each with the place it was read.
 */
public final class MetadataReader {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final List<String> AUTHOR_META_NAMES = List.of(
            "author", "article:author", "parsely-author", "byl", "dc.creator", "sailthru.author");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by\\s+");

    /** Asked only when neither JSON-LD nor a meta tag names the author: parsed once, not per page. */
    private static final Evaluator BYLINE = QueryParser.parse(
            "[rel=author], [itemprop=author] [itemprop=name], .byline [itemprop=name]");

    private final PublicationDateReader dates;
    private final TitleReader titles = new TitleReader();

    public MetadataReader(ZoneId zone) {
        this.dates = new PublicationDateReader(zone);
    }

    public PageMetadata read(Document doc, String address) {
        MetadataElements page = MetadataElements.of(doc);
        return read(doc, page, JsonLd.of(page), address);
    }

    /** The same, from elements and JSON-LD the caller has gathered already (and uses for more than metadata). */
    PageMetadata read(Document doc, MetadataElements page, JsonLd jsonLd, String address) {
        MetaTags meta = MetaTags.of(page);
        Sourced<String> canonical = canonical(page, meta, address);
        Sourced<String> siteName = siteName(meta, jsonLd, canonical.value());
        return new PageMetadata(titles.read(page, jsonLd, meta, siteName.value()),
                dates.read(doc, page, jsonLd, meta, address), author(doc, jsonLd, meta), language(doc, jsonLd, meta),
                canonical, siteName);
    }

    static Sourced<String> canonical(MetadataElements page, MetaTags meta, String address) {
        Element link = page.canonicalLink();
        if (link != null && link.absUrl("href").startsWith("http")) {
            return new Sourced<>(link.absUrl("href"), "link:canonical");
        }
        Optional<String> og = meta.get("og:url").filter(u -> u.startsWith("http"));
        if (og.isPresent()) {
            return new Sourced<>(og.get(), "meta:og:url");
        }
        return new Sourced<>(address == null ? "" : address, "address");
    }

    static Sourced<String> siteName(MetaTags meta, JsonLd jsonLd, String url) {
        Optional<String> og = meta.get("og:site_name");
        if (og.isPresent()) {
            return new Sourced<>(og.get(), "meta:og:site_name");
        }
        var publisher = jsonLd.publisherName();
        if (publisher.isPresent()) {
            return new Sourced<>(publisher.get(), "json-ld:publisher");
        }
        Optional<String> app = meta.get("application-name");
        if (app.isPresent()) {
            return new Sourced<>(app.get(), "meta:application-name");
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? new Sourced<>("unknown", "none")
                    : new Sourced<>(host.replaceFirst("^www\\.", ""), "url-host");
        } catch (IllegalArgumentException e) {
            return new Sourced<>("unknown", "none");
        }
    }

    static Sourced<String> author(Document doc, JsonLd jsonLd, MetaTags meta) {
        var ld = jsonLd.authors();
        if (ld.isPresent()) {
            return new Sourced<>(ld.get(), "json-ld:author");
        }
        for (String name : AUTHOR_META_NAMES) {
            Optional<String> value = meta.get(name).filter(v -> !v.startsWith("http"));
            if (value.isPresent()) {
                return new Sourced<>(BY_PREFIX.matcher(value.get()).replaceFirst(""), "meta:" + name);
            }
        }
        Element rel = doc.selectFirst(BYLINE);
        if (rel != null && !rel.text().isBlank() && rel.text().length() < 100) {
            return new Sourced<>(BY_PREFIX.matcher(rel.text().strip()).replaceFirst(""), "byline");
        }
        return new Sourced<>("", "none");
    }

    static Sourced<String> language(Document doc, JsonLd jsonLd, MetaTags meta) {
        Element html = doc.firstElementChild();
        String[][] candidates = {
            {html == null ? "" : html.attr("lang"), "html:lang"},
            {jsonLd.text("inLanguage").orElse(""), "json-ld:inLanguage"},
            {meta.get("content-language").orElse(""), "meta:content-language"},
            {meta.get("og:locale").orElse(""), "meta:og:locale"},
        };
        for (String[] c : candidates) {
            String primary = c[0].strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
            if (LANGUAGE.matcher(primary).matches()) {
                return new Sourced<>(primary, c[1]);
            }
        }
        return new Sourced<>("und", "none");
    }
}
