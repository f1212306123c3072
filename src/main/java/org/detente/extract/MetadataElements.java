package org.detente.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements a page's metadata is read from, gathered in one walk over the page, each list in document order:
 * the readers ask this instead of each searching the whole page again.
 *
 * @param metaTags      the {@code <meta>} elements
 * @param jsonLdScripts the {@code <script type="application/ld+json">} elements
 * @param h1s           every h1
 * @param headlines     the h1s inside an article or main element, and elements marked {@code itemprop=headline}
 * @param dates         elements marked {@code itemprop=datePublished} (meta tags aside) and {@code <time datetime>}
 * @param canonicalLink the first {@code <link rel=canonical href>}, or {@code null}
 * @param title         the first {@code <title>}, or {@code null}
 */
record MetadataElements(List<Element> metaTags, List<Element> jsonLdScripts, List<Element> h1s,
                        List<Element> headlines, List<Element> dates, Element canonicalLink, Element title) {

    static MetadataElements of(Document doc) {
        Walker walker = new Walker();
        NodeTraversor.traverse(walker, doc);
        return new MetadataElements(List.copyOf(walker.metaTags), List.copyOf(walker.jsonLdScripts),
                List.copyOf(walker.h1s), List.copyOf(walker.headlines), List.copyOf(walker.dates),
                walker.canonicalLink, walker.title);
    }

    private static final class Walker implements NodeVisitor {

        private final List<Element> metaTags = new ArrayList<>();
        private final List<Element> jsonLdScripts = new ArrayList<>();
        private final List<Element> h1s = new ArrayList<>();
        private final List<Element> headlines = new ArrayList<>();
        private final List<Element> dates = new ArrayList<>();
        private Element canonicalLink;
        private Element title;
        private int articleDepth;

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "meta" -> metaTags.add(e);
                case "script" -> {
                    if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                        jsonLdScripts.add(e);
                    }
                }
                case "link" -> {
                    if (canonicalLink == null && e.attr("rel").strip().equalsIgnoreCase("canonical")
                            && e.hasAttr("href")) {
                        canonicalLink = e;
                    }
                }
                case "title" -> {
                    if (title == null) {
                        title = e;
                    }
                }
                case "h1" -> h1s.add(e);
                case "article", "main" -> articleDepth++;
                default -> {
                }
            }
            String itemprop = e.attr("itemprop").strip();
            if (e.nameIs("h1") && articleDepth > 0 || itemprop.equalsIgnoreCase("headline")) {
                headlines.add(e);
            }
            if (itemprop.equalsIgnoreCase("datePublished") && !e.nameIs("meta")
                    || e.nameIs("time") && e.hasAttr("datetime")) {
                dates.add(e);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && (e.nameIs("article") || e.nameIs("main"))) {
                articleDepth--;
            }
        }
    }
}
