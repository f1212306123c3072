package org.detente.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Chooses the element that holds the article: the deepest element that still holds most of the page's prose (see
 * {@link ProseWeights}); a live blog's entries, each a small block, are kept together by their common container.
 */
final class MainContentFinder {

    private static final double SHARE_OF_TEXT = 0.8;
    private static final double SIBLING_MIN_PROSE = 15;

    /**
     * The container of the article and the siblings before it that carry prose of their own (a standfirst); siblings
     * after it are left out, as that is where comments and related stories sit.
     */
    List<Element> find(Element root, ProseWeights prose) {
        Element best = deepest(root, prose);
        List<Element> content = new ArrayList<>();
        content.add(best);
        if (best.parent() != null && best != root) {
            for (Element sibling : best.parent().children()) {
                if (sibling == best) {
                    break;
                }
                if (prose.of(sibling) >= SIBLING_MIN_PROSE) {
                    content.add(sibling);
                }
            }
        }
        return content;
    }

    private static Element deepest(Element root, ProseWeights prose) {
        double total = prose.total();
        Element best = root;
        // a page without prose has no container to prefer: all of it is read
        boolean descended = total > 0;
        while (descended) {
            descended = false;
            for (Element child : best.children()) {
                if (prose.of(child) >= SHARE_OF_TEXT * total) {
                    best = child;
                    descended = true;
                    break;
                }
            }
        }
        return best;
    }
}
