package org.detente.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Typed access to composed YAML nodes that reports every problem as {@code file:line: ...}. */
final class YamlSource {

    private final String file;

    YamlSource(String file) {
        this.file = file;
    }

    LexiconException error(Node node, String problem) {
        return new LexiconException(file, node.getStartMark().getLine() + 1, problem);
    }

    /** The entries of a mapping by key, in file order; rejects unknown, duplicate and missing keys. */
    Map<String, Node> mapping(Node node, String what, List<String> allowed, Set<String> required) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, what + " must be a mapping of keys to values");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key in " + what);
            if (allowed != null && !allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key '" + key + "' in " + what
                        + " (expected " + String.join(", ", allowed) + ")");
            }
            if (entries.put(key, tuple.getValueNode()) != null) {
                throw error(tuple.getKeyNode(), "duplicate key '" + key + "' in " + what);
            }
        }
        for (String key : required) {
            if (!entries.containsKey(key)) {
                throw error(node, "missing key '" + key + "' in " + what);
            }
        }
        return entries;
    }

    /** A plain value; null values and lists are rejected. */
    String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar) || scalar.getTag().getValue().endsWith(":null")) {
            throw error(node, what + " must be a single value");
        }
        return scalar.getValue().strip();
    }

    /** A list of plain values (a single value counts as a list of one). */
    List<Node> list(Node node, String what) {
        if (node instanceof ScalarNode) {
            scalar(node, what);
            return List.of(node);
        }
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw error(node, what + " must be a non-empty list");
        }
        return sequence.getValue();
    }
}
