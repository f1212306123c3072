package org.detente.score;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Loads a lexicon YAML file and validates it, reporting the first problem as {@code file:line: ...}. */
public final class LexiconLoader {

    private static final List<String> KEYS = List.of("name", "description", "categories", "sides", "rules");
    private static final java.util.regex.Pattern CATEGORY_ID =
            java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private LexiconLoader() {
    }

    /** Loads {@code file}; errors name the file as given. */
    public static Lexicon load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LexiconException(file.toString(), 1, "cannot read the file (" + e + ")", e);
        }
        return load(file.toString(), bytes);
    }

    /** Loads a lexicon from {@code bytes}, naming it {@code file} in errors. */
    static Lexicon load(String file, byte[] bytes) {
        YamlSource yaml = new YamlSource(file);
        Node root = compose(file, new String(bytes, StandardCharsets.UTF_8));
        Map<String, Node> top = yaml.mapping(root, "the lexicon", KEYS, Set.of("name", "categories", "rules"));
        String name = yaml.scalar(top.get("name"), "name");
        Map<String, String> labels = categories(yaml, top.get("categories"));
        RuleReader reader = new RuleReader(yaml, labels.keySet());
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Node node : yaml.list(top.get("rules"), "'rules'")) {
            Rule rule = reader.read(node);
            Integer first = seen.putIfAbsent(rule.id(), rule.line());
            if (first != null) {
                throw new LexiconException(file, rule.line(),
                        "duplicate rule id '" + rule.id() + "' (first defined at line " + first + ")");
            }
            rules.add(rule);
        }
        Map<String, List<TokenPattern>> sides = top.containsKey("sides") ? sides(yaml, top.get("sides")) : Map.of();
        return new Lexicon(name, version(bytes), List.copyOf(labels.keySet()), rules, labels, sides);
    }

    private static Node compose(String file, String text) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            if (root == null) {
                throw new LexiconException(file, 1, "the file is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new LexiconException(file, line, "YAML syntax error: " + problem, e);
        } catch (YAMLException e) {
            throw new LexiconException(file, 1, "YAML syntax error: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> categories(YamlSource yaml, Node node) {
        Map<String, Node> entries = yaml.mapping(node, "categories", null, Set.of());
        if (entries.isEmpty()) {
            throw yaml.error(node, "no categories declared");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : entries.entrySet()) {
            if (!CATEGORY_ID.matcher(entry.getKey()).matches()) {
                throw yaml.error(entry.getValue(),
                        "category id '" + entry.getKey() + "' must be lowercase words joined by '-'");
            }
            labels.put(entry.getKey(), yaml.scalar(entry.getValue(), "label of category " + entry.getKey()));
        }
        return labels;
    }

    /** Side id (as category ids) to the patterns naming it: a single pattern or a list. */
    private static Map<String, List<TokenPattern>> sides(YamlSource yaml, Node node) {
        Map<String, Node> entries = yaml.mapping(node, "sides", null, Set.of());
        Map<String, List<TokenPattern>> sides = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : entries.entrySet()) {
            if (!CATEGORY_ID.matcher(entry.getKey()).matches()) {
                throw yaml.error(entry.getValue(),
                        "side id '" + entry.getKey() + "' must be lowercase words joined by '-'");
            }
            List<Node> items = entry.getValue() instanceof org.yaml.snakeyaml.nodes.SequenceNode
                    ? yaml.list(entry.getValue(), "side " + entry.getKey()) : List.of(entry.getValue());
            List<TokenPattern> patterns = new ArrayList<>();
            for (Node item : items) {
                String source = yaml.scalar(item, "a pattern of side " + entry.getKey());
                try {
                    patterns.add(PatternParser.parse(source));
                } catch (IllegalArgumentException e) {
                    throw yaml.error(item, "malformed pattern '" + source + "' in side " + entry.getKey() + ": "
                            + e.getMessage());
                }
            }
            sides.put(entry.getKey(), patterns);
        }
        return sides;
    }

    private static String version(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
