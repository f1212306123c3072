package org.detente.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The main text of a page as its lines, each with the block element it was read from, so that later readers can
 * tell which part of the page a line came from.
 *
 * @param root  the element the text was read from (the page's body)
 * @param lines the lines in page order
 */
record MainText(Element root, List<Line> lines) {

    record Line(String text, Element element) {
    }

    String text() {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line.text());
        }
        return text.toString();
    }
}
