package org.detente.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

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
            "author", "bio", "rating", "cta", "tooltip", "sr", "cookie", "cookies", "consent", "gdpr");
    private static final Set<String> CONTENT = Set.of(
            "content", "article", "entry", "body", "main", "story", "text",
            "wrapper", "wrap", "container", "inner", "column", "col", "row", "layout", "section", "widget");

    /** A hinted element holding at least this share of the page's prose is the article in a misleading wrapper. */
    private static final double MAX_PROSE_SHARE = 0.5;
    /** No hint or content word is longer; a longer word is neither and need not be lower-cased. */
    private static final int MAX_WORD_LENGTH = 15;

    @Override
    public Predicate<Element> forPage(Element root, ProseWeights prose) {
        Set<Element> holdingArticle = holdingArticle(root);
        return e -> e != root && (e.hasAttr("class") || e.hasAttr("id")) && isHinted(e)
                && prose.share(e) < MAX_PROSE_SHARE && !holdingArticle.contains(e);
    }

    static boolean isHinted(Element e) {
        if (e.nameIs("body") || e.nameIs("html") || e.nameIs("article") || e.nameIs("main") || e.nameIs("p")) {
            return false;
        }
        String classes = e.className();
        int start = 0;
        for (int i = 0; i <= classes.length(); i++) {
            if (i == classes.length() || Character.isWhitespace(classes.charAt(i))) {
                if (hintedName(classes, start, i)) {
                    return true;
                }
                start = i + 1;
            }
        }
        String id = e.id();
        return hintedName(id, 0, id.length());
    }

    /** Whether the name {@code text[from, to)} has a hint word and no content word, words split at '-' and '_'. */
    private static boolean hintedName(String text, int from, int to) {
        boolean hint = false;
        int wordStart = from;
        for (int i = from; i <= to; i++) {
            if (i < to && text.charAt(i) != '-' && text.charAt(i) != '_') {
                continue;
            }
            int length = i - wordStart;
            if (length > 0 && length <= MAX_WORD_LENGTH) {
                String word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
                if (CONTENT.contains(word)) {
                    return false;
                }
                hint |= HINTS.contains(word);
            }
            wordStart = i + 1;
        }
        return hint;
    }

    /** The article-like elements and all their ancestors, found in one walk rather than a search per element. */
    private static Set<Element> holdingArticle(Element root) {
        Set<Element> holding = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && isArticleLike(e)) {
                for (Element a = e; a != null && holding.add(a); a = a.parent()) {
                    // each ancestor is added once; an ancestor already present has its own ancestors in the set too
                }
            }
        }, root);
        return holding;
    }

    private static boolean isArticleLike(Element e) {
        return e.nameIs("article") || e.nameIs("main") || e.attr("itemprop").equalsIgnoreCase("articleBody");
    }
}
