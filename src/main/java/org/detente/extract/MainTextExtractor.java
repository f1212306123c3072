package org.detente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a page, one block per line: boilerplate passed over by a chain of DOM rules, the article's container
 * chosen by where the prose is, then each block of that container kept or dropped by a chain of line rules.
 */
public final class MainTextExtractor {

    private static final List<DomRule> DOM_RULES = List.of(
            new DropNonContentTags(), new DropHintedBoilerplate(), new DropTimeStamps());
    private static final List<LineRule> LINE_RULES = List.of(
            new DropReaderPrompts(), new DropInterfaceLabels(), new DropBylines());
    private static final double MAX_LINK_DENSITY = 0.5;

    private final MainContentFinder finder = new MainContentFinder();

    /** Reads the main text, one block per line; the document is left as it was. */
    public String text(Document doc) {
        return read(doc).text();
    }

    /** The main text with the element of each line. */
    MainText read(Document doc) {
        Element root = doc.body() == null ? doc : doc.body();
        ProseWeights before = ProseWeights.of(root, BlockReader.read(root));
        Predicate<Element> boilerplate = e -> false;
        for (DomRule rule : DOM_RULES) {
            boilerplate = boilerplate.or(rule.forPage(root, before));
        }
        List<Block> blocks = BlockReader.read(root, boilerplate);
        List<Element> content = finder.find(root, ProseWeights.of(root, blocks));
        List<MainText.Line> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (block.linkDensity() > MAX_LINK_DENSITY || !block.withinAny(content)) {
                continue;
            }
            String line = block.text();
            for (LineRule rule : LINE_RULES) {
                line = rule.apply(line);
            }
            if (!line.isEmpty() && (lines.isEmpty() || !lines.get(lines.size() - 1).text().equals(line))) {
                lines.add(new MainText.Line(line, block.element()));
            }
        }
        return new MainText(root, lines);
    }
}
