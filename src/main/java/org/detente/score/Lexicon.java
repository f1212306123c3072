package org.detente.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded, validated lexicon.
 *
 * @param name            the lexicon's name, e.g. {@code default}
 * @param version         first 12 hex digits of the SHA-256 of the file's bytes
 * @param categories      category ids in the order the file declares them
 * @param rules           rules in file order
 * @param categoryLabels  human label of each category id, in declaration order
 * @param sides           the parties of the crisis by id, each with the patterns that name it, in declaration order;
 *                        attribution names the side whose speaker says a signal
 */
public record Lexicon(String name, String version, List<String> categories, List<Rule> rules,
                      Map<String, String> categoryLabels, Map<String, List<TokenPattern>> sides) {

    public Lexicon {
        categories = List.copyOf(categories);
        rules = List.copyOf(rules);
        categoryLabels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categoryLabels));
        sides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sides));
    }

    /** A lexicon that names no sides. */
    public Lexicon(String name, String version, List<String> categories, List<Rule> rules,
                   Map<String, String> categoryLabels) {
        this(name, version, categories, rules, categoryLabels, Map.of());
    }

    /** The label declared for {@code category}, or the id itself when there is none. */
    public String label(String category) {
        return categoryLabels.getOrDefault(category, category);
    }

    /** The rule with {@code id}, or null. */
    public Rule rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }
}
