package org.detente.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries (a paragraph, a list item, a heading, text loose in a div), with the
 * share of it that sits inside links.
 *
 * @param element   the innermost block element the text sits in
 * @param text      the text, whitespace collapsed
 * @param linkChars how many of its characters are link text
 * @param words     how many words it has
 */
record Block(Element element, String text, int linkChars, int words) {

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    boolean isHeading() {
        String tag = element.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6';
    }

    /** Whether the block sits inside one of the given elements (or is one). */
    boolean withinAny(List<Element> containers) {
        for (Element e = element; e != null; e = e.parent()) {
            for (Element container : containers) {
                if (e == container) {
                    return true;
                }
            }
        }
        return false;
    }
}
