package org.detente.collect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/** Reads the article links of an HTML listing page: the {@code href} of every element the CSS selector matches. */
public final class ListingReader {

    private ListingReader() {
    }

    /** Links in page order, each once; a listing gives no dates (each page's own date decides). */
    public static List<Link> read(byte[] body, String contentType, String pageUrl, String selector)
            throws FeedReader.FeedReadException {
        Document doc = Jsoup.parse(new String(ContentDecoder.toUtf8(body, contentType), StandardCharsets.UTF_8)
                .substring(1), pageUrl);
        List<Element> found;
        try {
            found = doc.select(selector);
        } catch (Selector.SelectorParseException e) {
            throw new FeedReader.FeedReadException("bad links selector '" + selector + "': " + e.getMessage(), e);
        }
        Set<String> urls = new LinkedHashSet<>();
        for (Element e : found) {
            Element a = e.hasAttr("href") ? e : e.selectFirst("a[href]");
            if (a != null) {
                String url = a.absUrl("href");
                if (!url.isEmpty()) {
                    urls.add(url);
                }
            }
        }
        List<Link> links = new ArrayList<>();
        for (String url : urls) {
            links.add(new Link(url, "", null));
        }
        return links;
    }

    /** The page's {@code <link rel=canonical>}, absolute, or null. */
    public static String canonical(byte[] utf8WithBom, String pageUrl) {
        Document doc = Jsoup.parse(new String(utf8WithBom, StandardCharsets.UTF_8), pageUrl);
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link == null) {
            return null;
        }
        String url = link.absUrl("href");
        return url.matches("(?i)https?://.+") ? url : null;
    }
}
