package org.detente.watch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads settings sections ({@code section: {key: value}}) from composed YAML: all of {@code jobs/defaults.yaml}, or
 * the sections a watch overrides, checked against the defaults so each error names its file and line.
 */
final class SettingsReader {

    private final String shown;

    SettingsReader(String shown) {
        this.shown = shown;
    }

    /** The settings of a defaults file: each section a mapping of keys to scalars or lists of scalars. */
    Map<String, Settings.Value> defaults(Node root) {
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof MappingNode top)) {
            throw fail(root, "the defaults file must be a mapping of sections");
        }
        Map<String, Settings.Value> values = new LinkedHashMap<>();
        for (NodeTuple section : top.getValue()) {
            String name = name(section.getKeyNode());
            if (!(section.getValueNode() instanceof MappingNode keys)) {
                throw fail(section.getValueNode(), "section '" + name + "' must be a mapping of settings");
            }
            for (NodeTuple entry : keys.getValue()) {
                String key = name + "." + name(entry.getKeyNode());
                if (values.containsKey(key)) {
                    throw fail(entry.getKeyNode(), "duplicate setting '" + key + "'");
                }
                values.put(key, value(entry.getValueNode(), key));
            }
        }
        return values;
    }

    /** One section of a watch file, every key known to the defaults and of the same kind as its default. */
    Map<String, Settings.Value> overrides(String section, Node node, Settings defaults) {
        if (!(node instanceof MappingNode keys)) {
            throw fail(node, "'" + section + "' must be a mapping of settings (see jobs/defaults.yaml)");
        }
        Map<String, Settings.Value> values = new LinkedHashMap<>();
        for (NodeTuple entry : keys.getValue()) {
            String key = section + "." + name(entry.getKeyNode());
            Settings.Value dflt = defaults.raw(key);
            if (dflt == null) {
                throw fail(entry.getKeyNode(), "unknown setting '" + key + "' (known in '" + section + "': "
                        + String.join(", ", known(defaults, section)) + ")");
            }
            if (values.containsKey(key)) {
                throw fail(entry.getKeyNode(), "duplicate setting '" + key + "'");
            }
            Settings.Value value = value(entry.getValueNode(), key);
            SettingKind kind = SettingKind.of(dflt);
            if (!kind.accepts(value)) {
                throw fail(entry.getValueNode(), "setting '" + key + "' must be " + kind.description()
                        + " like its default '" + (dflt.isList() ? dflt.items() : dflt.text()) + "'");
            }
            values.put(key, value);
        }
        return values;
    }

    private Settings.Value value(Node node, String key) {
        String origin = shown + ":" + line(node);
        if (node instanceof ScalarNode scalar) {
            return new Settings.Value(scalar.getValue(), null, origin);
        }
        if (node instanceof SequenceNode seq) {
            List<String> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s)) {
                    throw fail(item, "the items of '" + key + "' must be plain values");
                }
                items.add(s.getValue());
            }
            return new Settings.Value(String.join(",", items), items, origin);
        }
        throw fail(node, "setting '" + key + "' must be a value or a list of values, not a mapping");
    }

    private static List<String> known(Settings defaults, String section) {
        return defaults.keys().stream().filter(k -> k.startsWith(section + "."))
                .map(k -> k.substring(section.length() + 1)).toList();
    }

    private String name(Node key) {
        if (!(key instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw fail(key, "setting names must be plain names");
        }
        return scalar.getValue();
    }

    private WatchException fail(Node node, String message) {
        return new WatchException(shown + ":" + line(node) + ": " + message);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
