package org.detente.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes blocks whose class or id names them as boilerplate (cookie banners, share bars, related links, newsletter
 * prompts, comments, bylines). Containers that hold an article or main element are kept, so a hint on a page-wide
 * wrapper cannot take the article with it.
 */
final class DropHintedBoilerplate implements DomRule {

    private static final Set<String> HINTS = Set.of(
            "cookie", "cookies", "consent", "gdpr", "share", "sharing", "social", "related", "recommended",
            "newsletter", "subscribe", "subscription", "signup", "comment", "comments", "promo", "advert", "ad", "ads",
            "advertisement", "sponsored", "breadcrumb", "breadcrumbs", "menu", "navbar", "nav", "sidebar", "footer",
            "masthead", "byline", "author", "dateline", "timestamp", "tags", "popup", "modal", "banner", "outbrain",
            "taboola", "widget", "trending", "most-read", "mostread", "toolbar", "print", "skip");

    @Override
    public void apply(Element root) {
        for (Element e : root.select("[class], [id]")) {
            if (e.parent() != null && isHinted(e) && !holdsArticle(e)) {
                e.remove();
            }
        }
    }

    private static boolean isHinted(Element e) {
        if (e.nameIs("body") || e.nameIs("html") || e.nameIs("article") || e.nameIs("main")) {
            return false;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String token : names.split("[\\s_\\-]+")) {
            if (HINTS.contains(token)) {
                return true;
            }
        }
        return names.contains("cookie") || names.contains("consent");
    }

    private static boolean holdsArticle(Element e) {
        return !e.select("article, main, [itemprop=articleBody]").isEmpty();
    }
}
