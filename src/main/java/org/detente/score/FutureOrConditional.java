package org.detente.score;

import java.util.Set;

/**
 * What is announced or conditional has not happened yet: "will", "would", "plans to" near the match count
 * three quarters, noted {@code future}; "if", "unless", "whether" before it, or "if", "unless", "provided"
 * just after it ("talks resume only if ..."), likewise, noted {@code conditional}.
 */
final class FutureOrConditional implements Modifier {

    static final String FUTURE = "future";
    static final String CONDITIONAL = "conditional";
    static final int WINDOW = 5;
    /** Tokens allowed between the end of the match and a following "if". */
    static final int AFTER_WINDOW = 3;
    static final double FACTOR = 0.75;

    private static final Cues FUTURE_CUES = new Cues(
            "(will|shall|would)",
            "(plan|plans|planned|planning|intend|intends|intended|aims|set|due|expected|going|poised|scheduled|"
                    + "prepared|preparing|ready) to");

    private static final Cues CONDITIONAL_CUES = new Cues(
            "(if|unless|whether)",
            "in case",
            "provided that");

    private static final Set<String> CONCESSIVE = Set.of("even", "as");

    private static final Cues CONDITIONAL_AFTER = new Cues(FutureOrConditional::notConcessive,
            "(if|unless|provided)");

    @Override
    public Candidate apply(Candidate candidate, Token[] tokens) {
        Match future = FUTURE_CUES.near(tokens, candidate.match(), WINDOW);
        Match conditional = CONDITIONAL_CUES.near(tokens, candidate.match(), WINDOW);
        if (conditional == null && future == null) {
            conditional = CONDITIONAL_AFTER.after(tokens, candidate.match(), AFTER_WINDOW);
        }
        if (future == null && conditional == null) {
            return candidate;
        }
        boolean futureIsNearer = conditional == null || (future != null && future.end() > conditional.end());
        return candidate.scaled(FACTOR, futureIsNearer ? FUTURE : CONDITIONAL);
    }

    /** "even if" and "as if" concede or compare; they set no condition. */
    private static boolean notConcessive(Token[] tokens, Match cue) {
        return cue.start() == 0 || !CONCESSIVE.contains(tokens[cue.start() - 1].norm());
    }
}
