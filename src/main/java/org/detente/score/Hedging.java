package org.detente.score;

/**
 * Uncertain reports count half, noted {@code hedged}: a hedge before the match ("could", "reportedly",
 * "appeared to", "fears of", one party accusing another "of" it, a suspect "suspected of" it) or an interpretation after it
 * ("..., in what could be a sign of de-escalation").
 */
final class Hedging implements Modifier {

    static final String NAME = "hedged";
    static final int WINDOW = 6;
    static final int AFTER_WINDOW = 8;
    static final double FACTOR = 0.5;

    private static final Cues BEFORE = new Cues(Hedging::notTheMonth,
            "(could|may|might|reportedly|allegedly|possibly|possible|perhaps|apparently|purportedly|unconfirmed|"
                    + "rumoured|rumored|likely|unlikely|potential|potentially)",
            "(appear|appears|appeared|seem|seems|seemed) to",
            "(fear|fears|feared|risk|danger|prospect|spectre|specter) of",
            "(warn|warns|warned|warning) of",
            "(accuse|accuses|accused|accusing) ..3.. of",
            "(suspect|suspects|suspected) (of|to have|in)",
            "(suspicion|suspicions) of",
            "wanted (for|on|in)");

    private static final Cues AFTER = new Cues(Hedging::notTheMonth,
            "(could|may|might) (be|signal|signify|indicate|suggest|mark|herald|point)",
            "(appear|appears|appeared|seem|seems|seemed) to (be|signal|indicate|suggest|mark)",
            "possible sign*");

    @Override
    public Candidate apply(Candidate candidate, Token[] tokens) {
        Match match = candidate.match();
        boolean hedged = BEFORE.near(tokens, match, WINDOW) != null || AFTER.after(tokens, match, AFTER_WINDOW) != null;
        return hedged ? candidate.scaled(FACTOR, NAME) : candidate;
    }

    /** "in May" is a date: a capitalised "May" that does not open the sentence is not a hedge. */
    private static boolean notTheMonth(Token[] tokens, Match cue) {
        Token first = tokens[cue.start()];
        return !(first.norm().equals("may") && first.capitalized() && cue.start() > 0);
    }
}
