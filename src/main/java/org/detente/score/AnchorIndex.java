package org.detente.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values (patterns, rule entries) indexed by the words and stems their patterns can start with, so that a word
 * is looked up once instead of trying every pattern at it. Whole words are hashed; stems ({@code stem*}) sit in a
 * character trie walked along the word, so that a lookup costs the same with ten or ten thousand stems and
 * allocates nothing for a word no pattern starts with.
 *
 * @param <T> what is found
 */
final class AnchorIndex<T> {

    private static final class StemNode<T> {
        final Map<Character, StemNode<T>> children = new HashMap<>();
        List<T> values;
    }

    private final Map<String, List<T>> byWord = new HashMap<>();
    private final StemNode<T> stems = new StemNode<>();

    /** Files {@code value} under an anchor of {@link TokenPattern#anchors()}: a word, or a stem ending in '*'. */
    void add(String anchor, T value) {
        if (!anchor.endsWith("*")) {
            byWord.computeIfAbsent(anchor, k -> new ArrayList<>()).add(value);
            return;
        }
        StemNode<T> node = stems;
        for (int i = 0; i < anchor.length() - 1; i++) {
            node = node.children.computeIfAbsent(anchor.charAt(i), k -> new StemNode<>());
        }
        if (node.values == null) {
            node.values = new ArrayList<>();
        }
        node.values.add(value);
    }

    /**
     * The values filed under {@code word} or under a stem it starts with, each once, words first; null when there
     * is none.
     */
    List<T> find(String word) {
        List<T> out = null;
        List<T> exact = byWord.get(word);
        if (exact != null) {
            out = new ArrayList<>(exact);
        }
        StemNode<T> node = stems;
        for (int i = 0; i < word.length() && node != null; i++) {
            node = node.children.get(word.charAt(i));
            if (node != null && node.values != null) {
                if (out == null) {
                    out = new ArrayList<>(node.values.size());
                }
                for (T value : node.values) {
                    addOnce(out, value);
                }
            }
        }
        return out;
    }

    /** Adds {@code value} unless that very object is there (identity: values are records of large rules). */
    private static <T> void addOnce(List<T> out, T value) {
        for (T present : out) {
            if (present == value) {
                return;
            }
        }
        out.add(value);
    }
}
