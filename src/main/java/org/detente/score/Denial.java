package org.detente.score;

/**
 * Drops a signal that someone denies: "The Kremlin denied plans to invade", "officials dismissed reports
 * that troops were massing", "Moscow has no plans to attack".
 */
final class Denial implements Modifier {

    /** Tokens allowed between the cue and the match. */
    static final int WINDOW = 10;

    private static final Cues CUES = new Cues(
            "(deny|denies|denied|denying|denial)",
            "(dismiss*|reject*|refut*|rebut*) [the|as] ..3.. (report|reports|claim|claims|allegation*|accusation*|"
                    + "suggestion*|speculation|rumour*|rumor*|assertion*)",
            "(false|baseless|fake|unfounded|groundless) ..2.. (report|reports|claim|claims|allegation*|accusation*)",
            "(not|no|never) ..3.. (plan|plans|intention|intentions|intend)",
            "(not|never) (responsible|to blame) for",
            "no (role|involvement|part|hand) in",
            "(not|never) (carried|carry|carries|conducted|conduct|behind|involved)");

    @Override
    public Candidate apply(Candidate candidate, Token[] tokens) {
        return CUES.near(tokens, candidate.match(), WINDOW) == null ? candidate : null;
    }
}
