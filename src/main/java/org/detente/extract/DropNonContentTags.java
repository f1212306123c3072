package org.detente.extract;

import org.jsoup.nodes.Element;

/** Scripts, styles, forms, navigation and page chrome never carry article text. */
final class DropNonContentTags implements DomRule {

    private static final String SELECTOR = "script, style, noscript, iframe, template, svg, canvas, form, button, "
            + "select, input, textarea, nav, footer, aside, header, menu, dialog, figure figcaption, h1";

    @Override
    public void apply(Element root, ProseWeights prose) {
        root.select(SELECTOR).remove();
    }
}
