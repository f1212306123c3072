package org.detente.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lexicon's patterns indexed by the words and stems they can start with, so that a sentence is read
 * once, word by word, instead of trying every pattern at every word; a pattern found there is only tried when the
 * sentence also holds one of the words its last part needs, a hash lookup instead of a match.
 */
final class RuleIndex {

    /** A pattern that matched: its rule, the rule's position in the lexicon, and where. */
    record Hit(Rule rule, int order, int patternIndex, Match match) {
    }

    /** A pattern of a rule, with words of which the sentence must hold one for it to be tried (null: none). */
    private record Entry(Rule rule, int order, int patternIndex, TokenPattern pattern, Set<String> laterWords) {

        boolean possibleIn(Set<String> sentenceWords) {
            if (laterWords == null) {
                return true;
            }
            for (String word : laterWords) {
                if (sentenceWords.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Comparator<Hit> TEXT_ORDER = Comparator.comparingInt((Hit h) -> h.match().start())
            .thenComparingInt(Hit::order).thenComparingInt(Hit::patternIndex);

    private final AnchorIndex<Entry> index = new AnchorIndex<>();

    RuleIndex(List<Rule> rules) {
        for (int order = 0; order < rules.size(); order++) {
            Rule rule = rules.get(order);
            for (int p = 0; p < rule.patterns().size(); p++) {
                TokenPattern pattern = rule.patterns().get(p);
                Entry entry = new Entry(rule, order, p, pattern, pattern.requiredLaterWords());
                for (String anchor : pattern.anchors()) {
                    index.add(anchor, entry);
                }
            }
        }
    }

    /** Every pattern match in the sentence, in text order, then lexicon order. */
    List<Hit> hits(Token[] tokens) {
        List<Hit> hits = new ArrayList<>();
        Set<String> words = null;
        for (int i = 0; i < tokens.length; i++) {
            List<Entry> entries = index.find(tokens[i].norm());
            if (entries != null) {
                if (words == null) {
                    words = words(tokens);
                }
                tryAll(entries, tokens, i, words, hits);
            }
        }
        hits.sort(TEXT_ORDER);
        return hits;
    }

    private static Set<String> words(Token[] tokens) {
        Set<String> words = new HashSet<>(tokens.length * 2);
        for (Token token : tokens) {
            words.add(token.norm());
        }
        return words;
    }

    /** Tries the entries at token {@code i}; one whose later words the sentence lacks is skipped unmatched. */
    private static void tryAll(List<Entry> entries, Token[] tokens, int i, Set<String> words, List<Hit> hits) {
        for (Entry entry : entries) {
            if (!entry.possibleIn(words)) {
                continue;
            }
            Match match = entry.pattern().matchAt(tokens, i);
            if (match != null) {
                hits.add(new Hit(entry.rule(), entry.order(), entry.patternIndex(), match));
            }
        }
    }
}
