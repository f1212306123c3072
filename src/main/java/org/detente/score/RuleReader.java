package org.detente.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.detente.score.Rule.NegationPolicy;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads and validates one entry of a lexicon's {@code rules} list. */
final class RuleReader {

    static final List<String> KEYS =
            List.of("id", "category", "direction", "intensity", "patterns", "requires", "unless", "when-negated",
                    "fallback", "note");
    private static final Set<String> REQUIRED = Set.of("id", "category", "direction", "intensity", "patterns");
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final YamlSource yaml;
    private final Set<String> categories;

    RuleReader(YamlSource yaml, Set<String> categories) {
        this.yaml = yaml;
        this.categories = categories;
    }

    Rule read(Node node) {
        String id = peekId(node);
        String what = id.isEmpty() ? "rule" : "rule '" + id + "'";
        Map<String, Node> entries = yaml.mapping(node, what, KEYS, Set.of());
        for (String key : KEYS) {
            if (REQUIRED.contains(key) && !entries.containsKey(key)) {
                throw yaml.error(node, "missing key '" + key + "' in " + what);
            }
        }
        if (!ID.matcher(id).matches()) {
            throw yaml.error(entries.get("id"), "rule id '" + id + "' must be lowercase words joined by '-'");
        }
        String category = yaml.scalar(entries.get("category"), "category");
        if (!categories.contains(category)) {
            throw yaml.error(entries.get("category"), "unknown category '" + category + "' in " + what
                    + " (declared: " + String.join(", ", categories) + ")");
        }
        Direction direction = direction(entries.get("direction"));
        double intensity = intensity(entries.get("intensity"), direction);
        List<TokenPattern> patterns = patterns(entries.get("patterns"), "patterns");
        List<TokenPattern> requires = entries.containsKey("requires")
                ? patterns(entries.get("requires"), "requires") : List.of();
        List<TokenPattern> unless = entries.containsKey("unless")
                ? patterns(entries.get("unless"), "unless") : List.of();
        NegationPolicy negation = entries.containsKey("when-negated")
                ? negation(entries.get("when-negated")) : NegationPolicy.CANCEL;
        boolean fallback = entries.containsKey("fallback") && yesNo(entries.get("fallback"), "fallback");
        String note = entries.containsKey("note") ? yaml.scalar(entries.get("note"), "note") : "";
        return new Rule(id, category, direction, intensity, patterns, requires, unless, negation, fallback, note,
                node.getStartMark().getLine() + 1);
    }

    private boolean yesNo(Node node, String key) {
        String value = yaml.scalar(node, key);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw yaml.error(node, key + " '" + value + "' is not true or false");
        };
    }

    /** The rule's id, read before its keys are checked so that every message can name the rule. */
    private static String peekId(Node node) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                        && tuple.getValueNode() instanceof ScalarNode value) {
                    return value.getValue().strip();
                }
            }
        }
        return "";
    }

    private Direction direction(Node node) {
        String value = yaml.scalar(node, "direction");
        try {
            return Direction.fromLabel(value);
        } catch (IllegalArgumentException e) {
            throw yaml.error(node, "direction '" + value + "' is not escalation or de-escalation");
        }
    }

    private double intensity(Node node, Direction direction) {
        String value = yaml.scalar(node, "intensity");
        double intensity;
        try {
            intensity = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw yaml.error(node, "intensity '" + value + "' is not a number");
        }
        if (!(intensity >= -10 && intensity <= 10) || intensity == 0) {
            throw yaml.error(node, "intensity " + value + " is out of range (-10..+10, not 0)");
        }
        if ((intensity < 0) != (direction == Direction.ESCALATION)) {
            throw yaml.error(node, "intensity " + value + " disagrees with direction " + direction.label()
                    + " (escalation is negative, de-escalation positive)");
        }
        return intensity;
    }

    private List<TokenPattern> patterns(Node node, String key) {
        List<TokenPattern> out = new ArrayList<>();
        for (Node item : yaml.list(node, "'" + key + "'")) {
            String source = yaml.scalar(item, "a pattern");
            if (source.isEmpty()) {
                throw yaml.error(item, "empty pattern in '" + key + "'");
            }
            try {
                out.add(PatternParser.parse(source));
            } catch (IllegalArgumentException e) {
                throw yaml.error(item, "malformed pattern '" + source + "': " + e.getMessage());
            }
        }
        return out;
    }

    private NegationPolicy negation(Node node) {
        String value = yaml.scalar(node, "when-negated");
        for (NegationPolicy policy : NegationPolicy.values()) {
            if (policy.label().equals(value)) {
                return policy;
            }
        }
        throw yaml.error(node, "when-negated '" + value + "' is not cancel or flip");
    }
}
