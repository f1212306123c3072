package org.detente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Scripts, styles, forms, navigation, page chrome, captions and the page's h1 (the title, read apart) never carry
 * article text. Found by tag name in one walk: a selector list of twenty tags costs twenty tests per element.
 */
final class DropNonContentTags implements DomRule {

    private static final Set<String> TAGS = Set.of("script", "style", "noscript", "iframe", "template", "svg",
            "canvas", "form", "button", "select", "input", "textarea", "nav", "footer", "aside", "header", "menu",
            "dialog", "figcaption", "h1");

    @Override
    public void apply(Element root, ProseWeights prose) {
        List<Element> drop = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (TAGS.contains(e.normalName())) {
                drop.add(e);
            }
        }
        drop.forEach(Element::remove);
    }
}
