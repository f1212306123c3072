package org.detente.score;

import org.detente.score.Rule.NegationPolicy;

/**
 * A negator just before the match or inside its gaps ("not", "no", "never", "n't", "without", "no sign of")
 * cancels the signal, or, for rules declared {@code when-negated: flip}, turns it into the opposite signal at
 * half the intensity, noted {@code negated}.
 */
final class Negation implements Modifier {

    static final String NAME = "negated";
    /** Tokens allowed between the negator and the match: "no sign of a pullback", "not ending the drills". */
    static final int WINDOW = 2;
    static final double FLIP_FACTOR = 0.5;

    private static final Cues CUES = new Cues(Negation::countsAsNegation,
            "no (sign|signs|evidence|indication|indications) of",
            "(not|no|never|without|neither|nor|none|nothing|nobody)",
            "(refuse|refuses|refused|refusing|fail|fails|failed|failing|unwilling|unable|reluctant|declined|declines) to");

    @Override
    public Candidate apply(Candidate candidate, Token[] tokens) {
        if (CUES.near(tokens, candidate.match(), WINDOW) == null) {
            return candidate;
        }
        return candidate.rule().whenNegated() == NegationPolicy.FLIP ? candidate.flipped(FLIP_FACTOR, NAME) : null;
    }

    /** "not only ... but also" adds, it does not negate. */
    private static boolean countsAsNegation(Token[] tokens, Match cue) {
        return cue.end() >= tokens.length || !tokens[cue.end()].norm().equals("only");
    }
}
