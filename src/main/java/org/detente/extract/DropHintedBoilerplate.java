package org.detente.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes blocks whose class or id names them as boilerplate (share bars, related links, newsletter prompts,
 * comments, sidebars, bylines). A name counts only when one of its dash- or underscore-separated words is a hint and
 * none names content ({@code post-share} is a share bar, {@code post-content} and {@code elementor-widget} are not).
 * Elements that hold an article or main element, or half of the page's prose, are kept, so a hint on a page-wide
 * wrapper cannot take the article with it.
 */
final class DropHintedBoilerplate implements DomRule {

    private static final Set<String> HINTS = Set.of(
            "share", "sharing", "sharedaddy", "social", "socials", "related", "recommended", "recommendations",
            "newsletter", "subscribe", "subscription", "signup", "comment", "comments", "disqus", "promo", "advert",
            "ad", "ads", "adsense", "advertisement", "sponsored", "breadcrumb", "breadcrumbs", "menu", "navbar", "nav",
            "navigation", "sidebar", "footer", "masthead", "byline", "dateline", "tags", "popup", "modal",
            "outbrain", "taboola", "trending", "popular", "mostread", "toolbar", "skip", "pagination", "pager",
            "author", "bio", "rating", "cta", "tooltip", "sr");
    private static final Set<String> CONTENT = Set.of(
            "content", "article", "entry", "body", "main", "story", "text",
            "wrapper", "wrap", "container", "inner", "column", "col", "row", "layout", "section", "widget");

    /** A hinted element holding at least this share of the page's prose is the article in a misleading wrapper. */
    private static final double MAX_PROSE_SHARE = 0.5;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAK = Pattern.compile("[_\\-]+");

    @Override
    public void apply(Element root, ProseWeights prose) {
        Set<Element> holdingArticle = holdingArticle(root);
        for (Element e : root.getAllElements()) {
            if (e.parent() != null && (e.hasAttr("class") || e.hasAttr("id")) && isHinted(e) && prose.share(e) < MAX_PROSE_SHARE && !holdingArticle.contains(e)) {
                e.remove();
            }
        }
    }

    static boolean isHinted(Element e) {
        if (e.nameIs("body") || e.nameIs("html") || e.nameIs("article") || e.nameIs("main") || e.nameIs("p")) {
            return false;
        }
        for (String name : SPACES.split(e.className())) {
            if (hintedName(name)) {
                return true;
            }
        }
        return hintedName(e.id());
    }

    private static boolean hintedName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        boolean hint = false;
        for (String word : WORD_BREAK.split(name.toLowerCase(Locale.ROOT))) {
            if (CONTENT.contains(word)) {
                return false;
            }
            hint |= HINTS.contains(word);
        }
        return hint;
    }

    /** The article-like elements and all their ancestors, found in one pass rather than a search per element. */
    private static Set<Element> holdingArticle(Element root) {
        Set<Element> holding = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element article : root.select("article, main, [itemprop=articleBody]")) {
            for (Element e = article; e != null && holding.add(e); e = e.parent()) {
                // each ancestor is added once; an ancestor already present has its own ancestors in the set too
            }
        }
        return holding;
    }
}
