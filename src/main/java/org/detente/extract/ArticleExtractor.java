package org.detente.extract;

import java.net.URI;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article from a news page: metadata first (from the untouched page), then the main text after a chain of
 * boilerplate rules. Thread-safe: it keeps no state between pages.
 */
public final class ArticleExtractor {

    private final PublicationDateReader dates;
    private final TitleReader titles = new TitleReader();
    private final MainTextExtractor mainText = new MainTextExtractor();

    public ArticleExtractor(ZoneId zone) {
        this.dates = new PublicationDateReader(zone);
    }

    /** Parses the bytes in the charset of their BOM or meta tag, else UTF-8. */
    public static Document parse(byte[] html, String address) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), null, address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The publication time alone, cheap enough to run on every page of a folder when it is first collected. */
    public Optional<OffsetDateTime> publishedAt(byte[] html, String address) {
        return dates.read(parse(html, address));
    }

    public Article extract(byte[] html, String address) {
        Document doc = parse(html, address);
        OffsetDateTime published = dates.read(doc)
                .orElseThrow(() -> new ExtractionException("no publication date in the page"));
        String url = canonicalUrl(doc, address);
        String outlet = outlet(doc, url);
        String title = titles.read(doc, outlet);
        String language = language(doc);
        String text = mainText.text(doc);
        if (text.isBlank()) {
            throw new ExtractionException("no article text in the page");
        }
        return new Article(url, outlet, title, published, language, text, SimHash.of(text));
    }

    private static String canonicalUrl(Document doc, String address) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null && canonical.absUrl("href").startsWith("http")) {
            return canonical.absUrl("href");
        }
        Element ogUrl = doc.selectFirst("meta[property=og:url][content]");
        return ogUrl != null && ogUrl.attr("content").startsWith("http") ? ogUrl.attr("content") : address;
    }

    private static String outlet(Document doc, String url) {
        Element site = doc.selectFirst("meta[property=og:site_name][content]");
        if (site != null && !site.attr("content").isBlank()) {
            return site.attr("content").strip();
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? "unknown" : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }

    private static String language(Document doc) {
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (lang.isBlank()) {
            Element locale = doc.selectFirst("meta[property=og:locale][content]");
            lang = locale == null ? "" : locale.attr("content");
        }
        String primary = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : "und";
    }
}
