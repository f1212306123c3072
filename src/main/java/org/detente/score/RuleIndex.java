package org.detente.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The lexicon's patterns indexed by the words and stems they can start with, so that a sentence is read
 * once, word by word, instead of trying every pattern at every word.
 */
final class RuleIndex {

    /** A pattern that matched: its rule, the rule's position in the lexicon, and where. */
    record Hit(Rule rule, int order, int patternIndex, Match match) {
    }

    private record Entry(Rule rule, int order, int patternIndex, TokenPattern pattern) {
    }

    private static final Comparator<Hit> TEXT_ORDER = Comparator.comparingInt((Hit h) -> h.match().start())
            .thenComparingInt(Hit::order).thenComparingInt(Hit::patternIndex);

    private final Map<String, List<Entry>> byWord = new HashMap<>();
    private final Map<String, List<Entry>> byStem = new HashMap<>();
    private final int[] stemLengths;

    RuleIndex(List<Rule> rules) {
        TreeSet<Integer> lengths = new TreeSet<>();
        for (int order = 0; order < rules.size(); order++) {
            Rule rule = rules.get(order);
            for (int p = 0; p < rule.patterns().size(); p++) {
                TokenPattern pattern = rule.patterns().get(p);
                Entry entry = new Entry(rule, order, p, pattern);
                for (String anchor : pattern.anchors()) {
                    if (anchor.endsWith("*")) {
                        String stem = anchor.substring(0, anchor.length() - 1);
                        byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(entry);
                        lengths.add(stem.length());
                    } else {
                        byWord.computeIfAbsent(anchor, k -> new ArrayList<>()).add(entry);
                    }
                }
            }
        }
        stemLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every pattern match in the sentence, in text order, then lexicon order. */
    List<Hit> hits(Token[] tokens) {
        List<Hit> hits = new ArrayList<>();
        List<Entry> tried = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            tried.clear();
            String word = tokens[i].norm();
            tryAll(byWord.get(word), tokens, i, tried, hits);
            for (int length : stemLengths) {
                if (length > word.length()) {
                    break;
                }
                tryAll(byStem.get(word.substring(0, length)), tokens, i, tried, hits);
            }
        }
        hits.sort(TEXT_ORDER);
        return hits;
    }

    private static void tryAll(List<Entry> entries, Token[] tokens, int i, List<Entry> tried, List<Hit> hits) {
        if (entries == null) {
            return;
        }
        for (Entry entry : entries) {
            if (tried.contains(entry)) {
                continue;
            }
            tried.add(entry);
            Match match = entry.pattern().matchAt(tokens, i);
            if (match != null) {
                hits.add(new Hit(entry.rule(), entry.order(), entry.patternIndex(), match));
            }
        }
    }
}
