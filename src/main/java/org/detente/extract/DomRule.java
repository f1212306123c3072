package org.detente.extract;

import org.jsoup.nodes.Element;

/** One named step that removes boilerplate from a parsed page before the main text is chosen. */
interface DomRule {

    void apply(Element root);
}
