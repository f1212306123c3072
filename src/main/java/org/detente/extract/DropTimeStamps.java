package org.detente.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Live-blog time stamps ("10:42", "2 hours ago") mark entries; they are not part of the story. */
final class DropTimeStamps implements DomRule {

    private static final Pattern STAMP = Pattern.compile(
            "(?i)^\\s*(\\d{1,2}[:.]\\d{2}(\\s*(am|pm|gmt|utc|[a-z]{3,4}))?|\\d+\\s+(minutes?|hours?)\\s+ago|updated.{0,40})\\s*$");

    @Override
    public void apply(Element root, ProseWeights prose) {
        root.select("time").remove();
        for (Element e : root.select("span, small, div, p")) {
            if (e.parent() != null && e.children().isEmpty() && STAMP.matcher(e.text()).matches()) {
                e.remove();
            }
        }
    }
}
