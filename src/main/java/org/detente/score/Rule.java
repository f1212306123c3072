package org.detente.score;

import java.util.List;

/**
 * One lexicon rule: when any of its patterns matches a sentence that also holds every {@code requires}
 * pattern, the rule yields a signal of its category, direction and intensity (before modifiers).
 *
 * @param id           unique id, e.g. {@code exercises-ending}
 * @param category     one of the lexicon's declared categories
 * @param direction    escalation or de-escalation
 * @param intensity    -10..+10, not zero, sign agreeing with the direction
 * @param patterns     at least one pattern; the first match in the sentence that survives the modifiers wins
 * @param requires     patterns that must each match somewhere in the same sentence
 * @param unless       patterns that, matching over any word of a match, drop that match ("rejected accusations"
 *                     is a denial, not a rejection)
 * @param whenNegated  what a negation before or inside the match does
 * @param fallback     a broad cue (one event word) that counts only in a sentence no other rule matches, even a
 *                     match its exceptions or modifiers then drop
 * @param note         free text for lexicon authors, may be empty
 * @param line         line of the rule in the lexicon file
 */
public record Rule(String id, String category, Direction direction, double intensity,
                   List<TokenPattern> patterns, List<TokenPattern> requires, List<TokenPattern> unless,
                   NegationPolicy whenNegated, boolean fallback,
                   String note, int line) {

    public Rule {
        patterns = List.copyOf(patterns);
        requires = List.copyOf(requires);
        unless = List.copyOf(unless);
    }

    /** What negating a rule's match means. */
    public enum NegationPolicy {
        /** "no shots were fired": nothing happened, the signal is dropped. */
        CANCEL("cancel"),
        /** "troops are not withdrawing": the opposite is news, direction flips at half the intensity. */
        FLIP("flip");

        private final String label;

        NegationPolicy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
