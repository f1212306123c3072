package org.detente.extract;

import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * One named kind of boilerplate on a parsed page. For each page a rule gives the test that picks out such elements;
 * the main text is then read past every element a rule picks, without changing the page. The prose weights were
 * taken before any rule ran, so a rule can spare an element that holds most of the page's prose.
 */
interface DomRule {

    Predicate<Element> forPage(Element root, ProseWeights prose);
}
