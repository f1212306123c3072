package org.detente.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Chooses the element that holds the article: the deepest element that still contains most of the page's paragraph
 * text. Paragraph text is counted only for blocks that are mostly words, not links, so link lists weigh nothing; a
 * live blog's entries, each a small block, are kept together by their common container.
 */
final class MainContentFinder {

    private static final double SHARE_OF_TEXT = 0.8;

    Element find(Element root) {
        Map<Element, Integer> weight = new IdentityHashMap<>();
        for (Element block : TextBlocks.leafBlocks(root)) {
            int words = TextBlocks.ownWords(block);
            if (words == 0 || TextBlocks.linkDensity(block) > 0.5) {
                continue;
            }
            for (Element e = block; e != null; e = e.parent()) {
                weight.merge(e, words, Integer::sum);
            }
        }
        int total = weight.getOrDefault(root, 0);
        Element best = root;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Element child : best.children()) {
                if (weight.getOrDefault(child, 0) >= SHARE_OF_TEXT * total) {
                    best = child;
                    descended = true;
                    break;
                }
            }
        }
        return best;
    }
}
