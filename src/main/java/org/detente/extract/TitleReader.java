package org.detente.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads the headline: the h1 the reader sees (the article's, or the page's only one), then og:title, the JSON-LD
 * headline and the title tag, cleaned of the site name that sites append or prepend ("Talks resume | The Daily").
 */
final class TitleReader {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+");
    private static final int MAX_SITE_NAME_CHARS = 40;
    private static final int MAX_HEADLINE_CHARS = 300;

    Sourced<String> read(MetadataElements page, JsonLd jsonLd, MetaTags meta, String siteName) {
        Sourced<String> raw = raw(page, jsonLd, meta);
        return new Sourced<>(stripSiteName(raw.value(), siteName), raw.source());
    }

    private static Sourced<String> raw(MetadataElements page, JsonLd jsonLd, MetaTags meta) {
        Element h1 = headline(page);
        if (h1 != null) {
            return new Sourced<>(h1.text().strip(), "h1");
        }
        String og = meta.get("og:title").orElse("");
        if (!og.isBlank()) {
            return new Sourced<>(og, "meta:og:title");
        }
        String headline = jsonLd.text("headline").orElse("");
        if (!headline.isBlank()) {
            return new Sourced<>(headline, "json-ld:headline");
        }
        Element title = page.title();
        return title == null || title.text().isBlank() ? new Sourced<>("", "none")
                : new Sourced<>(title.text().strip(), "title");
    }

    /** The headline shown to the reader: the h1 of the article, or the page's only h1. */
    private static Element headline(MetadataElements page) {
        Element h1 = page.headlines().isEmpty() ? null : page.headlines().get(0);
        if (h1 == null && page.h1s().size() == 1) {
            h1 = page.h1s().get(0);
        }
        return h1 != null && !h1.text().isBlank() && h1.text().length() <= MAX_HEADLINE_CHARS ? h1 : null;
    }

    /** Cuts a site name at either end: the known one, else a short last part after a spaced bar or dash. */
    static String stripSiteName(String title, String siteName) {
        String site = siteName == null ? "" : siteName.strip();
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        if (!site.isEmpty()) {
            if (parts[parts.length - 1].equalsIgnoreCase(site)) {
                return title.substring(0, lastSeparator(title)).strip();
            }
            if (parts[0].equalsIgnoreCase(site)) {
                return title.substring(firstSeparatorEnd(title)).strip();
            }
        }
        String last = parts[parts.length - 1];
        boolean barred = title.contains(" | ");
        return barred && last.length() <= MAX_SITE_NAME_CHARS ? title.substring(0, lastSeparator(title)).strip()
                : title;
    }

    private static int lastSeparator(String title) {
        var m = SEPARATOR.matcher(title);
        int start = -1;
        while (m.find()) {
            start = m.start();
        }
        return start;
    }

    private static int firstSeparatorEnd(String title) {
        var m = SEPARATOR.matcher(title);
        return m.find() ? m.end() : 0;
    }
}
