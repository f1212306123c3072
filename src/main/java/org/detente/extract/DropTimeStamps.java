package org.detente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Live-blog time stamps ("10:42", "2 hours ago") mark entries; they are not part of the story. */
final class DropTimeStamps implements DomRule {

    private static final Pattern STAMP = Pattern.compile(
            "(?i)^\\s*(\\d{1,2}[:.]\\d{2}(\\s*(am|pm|gmt|utc|[a-z]{3,4}))?|\\d+\\s+(minutes?|hours?)\\s+ago|updated.{0,40})\\s*$");

    private static final Set<String> CANDIDATES = Set.of("span", "small", "div", "p");

    @Override
    public void apply(Element root, ProseWeights prose) {
        List<Element> drop = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("time") || CANDIDATES.contains(tag) && e.childrenSize() == 0
                    && e.textNodes().size() == 1 && STAMP.matcher(e.text()).matches()) {
                drop.add(e);
            }
        }
        drop.forEach(Element::remove);
    }
}
