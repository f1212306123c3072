package org.detente.score;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule's match on its way through the modifier chain: the rule and its position in the lexicon, where it
 * matched, and the direction, intensity and modifier names so far.
 */
record Candidate(Rule rule, int order, Match match, Direction direction, double intensity, List<String> modifiers) {

    static Candidate of(Rule rule, int order, Match match) {
        return new Candidate(rule, order, match, rule.direction(), rule.intensity(), List.of());
    }

    /** The same signal with its intensity multiplied by {@code factor}, noting {@code modifier}. */
    Candidate scaled(double factor, String modifier) {
        return new Candidate(rule, order, match, direction, intensity * factor, with(modifier));
    }

    /** The opposite signal at {@code factor} of the intensity, noting {@code modifier}. */
    Candidate flipped(double factor, String modifier) {
        Direction opposite = direction == Direction.ESCALATION ? Direction.DE_ESCALATION : Direction.ESCALATION;
        return new Candidate(rule, order, match, opposite, -intensity * factor, with(modifier));
    }

    private List<String> with(String modifier) {
        List<String> names = new ArrayList<>(modifiers);
        names.add(modifier);
        return List.copyOf(names);
    }
}
