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
 */
final class MetadataElements implements NodeVisitor {

    final List<Element> metaTags = new ArrayList<>();
    final List<Element> jsonLdScripts = new ArrayList<>();
    /** Every h1 of the page. */
    final List<Element> h1s = new ArrayList<>();
    /** The h1s inside an article or main element, and elements marked {@code itemprop=headline}. */
    final List<Element> headlines = new ArrayList<>();
    /** Elements marked {@code itemprop=datePublished} (meta tags aside) and {@code <time datetime>}. */
    final List<Element> dates = new ArrayList<>();
    Element canonicalLink;
    Element title;
    private int articleDepth;

    private MetadataElements() {
    }

    static MetadataElements of(Document doc) {
        MetadataElements found = new MetadataElements();
        NodeTraversor.traverse(found, doc);
        return found;
    }

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
                if (canonicalLink == null && e.attr("rel").strip().equalsIgnoreCase("canonical") && e.hasAttr("href")) {
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
        if (itemprop.equalsIgnoreCase("datePublished") && !e.nameIs("meta") || e.nameIs("time") && e.hasAttr("datetime")) {
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
