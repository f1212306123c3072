package org.detente.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the most specific reading where matches overlap. Of two overlapping matches of one category, the one
 * whose pattern matched more words stays ("will not allow endless negotiations" over a plain "negotiations");
 * on a tie the rule listed first in the lexicon stays, and of two matches of the same rule the tighter one.
 * Across categories, a match lying inside a more specific one's evidence is dropped ("hostilities" inside
 * "cessation of hostilities").
 */
final class OverlapResolver {

    private OverlapResolver() {
    }

    static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidates.stream().noneMatch(other -> other != candidate && beats(other, candidate))) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static boolean beats(Candidate winner, Candidate loser) {
        Match w = winner.match();
        Match l = loser.match();
        if (!w.overlaps(l)) {
            return false;
        }
        int bySpecificity = Integer.compare(w.specificity(), l.specificity());
        if (!winner.rule().category().equals(loser.rule().category())) {
            return w.contains(l) && bySpecificity > 0;
        }
        if (bySpecificity != 0) {
            return bySpecificity > 0;
        }
        if (winner.order() != loser.order()) {
            return winner.order() < loser.order();
        }
        int bySpan = Integer.compare(l.end() - l.start(), w.end() - w.start());
        return bySpan != 0 ? bySpan > 0 : w.start() < l.start();
    }
}
