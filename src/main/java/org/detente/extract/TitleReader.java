package org.detente.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the headline: og:title, then the first h1, then the title tag, cleaned of a trailing site name. */
final class TitleReader {

    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|\\-–—:]\\s+[^|\\-–—:]{1,40}$");

    String read(Document doc, String siteName) {
        String title = firstNonBlank(
                doc.selectFirst("meta[property=og:title]"),
                doc.selectFirst("h1"),
                doc.selectFirst("title"));
        return stripSiteName(title, siteName);
    }

    private static String firstNonBlank(Element... candidates) {
        for (Element e : candidates) {
            if (e == null) {
                continue;
            }
            String text = e.hasAttr("content") ? e.attr("content") : e.text();
            if (!text.isBlank()) {
                return text.strip();
            }
        }
        return "";
    }

    private static String stripSiteName(String title, String siteName) {
        if (!siteName.isBlank() && title.endsWith(siteName)) {
            String cut = title.substring(0, title.length() - siteName.length()).replaceAll("[\\s|\\-–—:]+$", "");
            return cut.isBlank() ? title : cut;
        }
        return SITE_SUFFIX.matcher(title).find() && title.contains(" | ")
                ? SITE_SUFFIX.matcher(title).replaceFirst("") : title;
    }
}
