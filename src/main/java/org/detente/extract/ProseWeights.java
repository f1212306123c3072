package org.detente.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * How much prose each element of a page holds: the words of its blocks that are mostly not links, long blocks
 * weighing fully and short ones half, so menus and link lists weigh nothing. Computed in one pass over the blocks,
 * each adding its weight to its ancestors.
 */
final class ProseWeights {

    private static final double MAX_LINK_DENSITY = 0.33;
    private static final int SHORT_BLOCK_WORDS = 10;

    private final Map<Element, Double> weights = new IdentityHashMap<>();
    private final Element root;

    private ProseWeights(Element root) {
        this.root = root;
    }

    static ProseWeights of(Element root, List<Block> blocks) {
        ProseWeights prose = new ProseWeights(root);
        for (Block block : blocks) {
            double w = weight(block);
            if (w == 0) {
                continue;
            }
            for (Element e = block.element(); e != null; e = e.parent()) {
                prose.weights.merge(e, w, Double::sum);
                if (e == root) {
                    break;
                }
            }
        }
        return prose;
    }

    static double weight(Block block) {
        if (block.linkDensity() > MAX_LINK_DENSITY || block.isHeading()) {
            return 0;
        }
        return block.words() < SHORT_BLOCK_WORDS ? block.words() * 0.5 : block.words();
    }

    double of(Element e) {
        return weights.getOrDefault(e, 0.0);
    }

    double total() {
        return of(root);
    }

    /** The share of the page's prose the element holds, 0 when the page has none. */
    double share(Element e) {
        double total = total();
        return total == 0 ? 0 : of(e) / total;
    }
}
