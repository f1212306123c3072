package org.detente.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by name, property or itemprop (lower case), first occurrence winning, gathered in
 * one pass so the readers can ask for dozens of names without walking the page each time.
 */
final class MetaTags {

    private final Map<String, String> content = new HashMap<>();

    private MetaTags() {
    }

    static MetaTags of(MetadataElements page) {
        MetaTags tags = new MetaTags();
        for (Element meta : page.metaTags()) {
            String value = meta.attr("content").strip();
            if (value.isEmpty()) {
                continue;
            }
            for (String key : new String[] {"name", "property", "itemprop", "http-equiv"}) {
                String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    tags.content.putIfAbsent(name, value);
                }
            }
        }
        return tags;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(content.get(name.toLowerCase(Locale.ROOT)));
    }
}
