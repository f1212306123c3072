package org.detente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** The paragraph-like blocks of a page and the measures the extraction rules take of them. */
final class TextBlocks {

    static final Set<String> BLOCK_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd",
            "td");

    private TextBlocks() {
    }

    /** Blocks that contain no other block, so nested markup never yields the same words twice. */
    static List<Element> leafBlocks(Element root) {
        List<Element> blocks = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (BLOCK_TAGS.contains(e.normalName()) && !hasBlockDescendant(e)) {
                blocks.add(e);
            }
        }
        return blocks;
    }

    static int ownWords(Element block) {
        String text = block.text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    static double linkDensity(Element block) {
        int all = block.text().length();
        if (all == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : block.select("a")) {
            linked += a.text().length();
        }
        return (double) linked / all;
    }

    private static boolean hasBlockDescendant(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && BLOCK_TAGS.contains(d.normalName())) {
                return true;
            }
        }
        return false;
    }
}
