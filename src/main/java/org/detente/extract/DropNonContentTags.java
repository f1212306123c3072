package org.detente.extract;

import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * Scripts, styles, forms, navigation, page chrome, captions and the page's h1 (the title, read apart) never carry
 * article text. Found by tag name: a selector list of twenty tags would cost twenty tests per element.
 */
final class DropNonContentTags implements DomRule {

    private static final Set<String> TAGS = Set.of("script", "style", "noscript", "iframe", "template", "svg",
            "canvas", "form", "button", "select", "input", "textarea", "nav", "footer", "aside", "header", "menu",
            "dialog", "figcaption", "h1");

    @Override
    public Predicate<Element> forPage(Element root, ProseWeights prose) {
        return e -> TAGS.contains(e.normalName());
    }
}
