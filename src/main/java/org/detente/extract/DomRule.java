package org.detente.extract;

import org.jsoup.nodes.Element;

/**
 * One named step that removes boilerplate from a parsed page before the main text is chosen. The prose weights were
 * taken before any rule ran, so a rule can spare an element that holds most of the page's prose.
 */
interface DomRule {

    void apply(Element root, ProseWeights prose);
}
