package org.detente.score;

/**
 * What a sentence gives as the reason or setting of its news is not the news: "resigned after protests",
 * "lifted sanctions imposed after the tests", "despite the thaw in relations", "apologised for the killing".
 * A match inside such a clause counts half, noted {@code background}, so that the sentence reads as its main event.
 */
final class Background implements Modifier {

    static final String NAME = "background";
    /** Tokens allowed between the cue and the match, with no clause break between. */
    static final int WINDOW = 5;
    static final double FACTOR = 0.5;

    private static final Cues CUES = new Cues(
            "(after|following|amid|amidst|despite|since|because of|due to|in the wake of|in the aftermath of)",
            "in (response|reaction|retaliation) (to|for)",
            "(that|which|who) (had|have|has) been",
            "(that|which|who) had",
            "to (curb|combat|prevent|counter|tackle|deter|eradicate|stem|thwart)",
            "(apologise|apologised|apologises|apologize|apologized|apologizes|apology|apologies) (for|to)");

    @Override
    public Candidate apply(Candidate candidate, Token[] tokens) {
        return CUES.before(tokens, candidate.match(), WINDOW) == null ? candidate : candidate.scaled(FACTOR, NAME);
    }
}
