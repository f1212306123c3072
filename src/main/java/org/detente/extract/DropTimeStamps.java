package org.detente.extract;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Live-blog time stamps ("10:42", "2 hours ago") mark entries; they are not part of the story. */
final class DropTimeStamps implements DomRule {

    private static final Pattern STAMP = Pattern.compile(
            "(?i)^\\s*(\\d{1,2}[:.]\\d{2}(\\s*(am|pm|gmt|utc|[a-z]{3,4}))?|\\d+\\s+(minutes?|hours?)\\s+ago|updated.{0,40})\\s*$");

    private static final Set<String> CANDIDATES = Set.of("span", "small", "div", "p");

    @Override
    public Predicate<Element> forPage(Element root, ProseWeights prose) {
        return DropTimeStamps::isStamp;
    }

    private static boolean isStamp(Element e) {
        String tag = e.normalName();
        return tag.equals("time") || CANDIDATES.contains(tag) && holdsOneTextOnly(e) && STAMP.matcher(e.text()).matches();
    }

    /** No child element and exactly one text node (comments aside): a leaf that shows one piece of text. */
    static boolean holdsOneTextOnly(Element e) {
        int texts = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node child = e.childNode(i);
            if (child instanceof Element) {
                return false;
            }
            if (child instanceof TextNode) {
                texts++;
            }
        }
        return texts == 1;
    }
}
