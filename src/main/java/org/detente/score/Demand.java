package org.detente.score;

/**
 * A call for something is not the thing itself: "urged Moscow to continue talks", "called for a ceasefire",
 * "sought aid" keeps the signal at half its intensity, noted {@code demand}.
 */
final class Demand implements Modifier {

    static final String NAME = "demand";
    static final int WINDOW = 6;
    static final double FACTOR = 0.5;

    private static final Cues CUES = new Cues(
            "(call|calls|called|calling) (for|on)",
            "(urge|urges|urged|urging)",
            "(demanded|demanding)",
            "(demand|demands) (that|an|a|the)",
            "(appeal|appeals|appealed|appealing) ..3.. (for|to)",
            "(press|presses|pressed|pressing|push|pushes|pushed|pushing) for",
            "(advise|advises|advised|advising)",
            "(insist|insists|insisted|insisting) on",
            "(ask|asks|asked|asking) ..3.. to",
            "(ask|asks|asked|asking|urge|urges|urged|urging|call|calls|called|calling) on ..4.. to",
            "(ask|asks|asked|asking|urge|urges|urged|urging|appeal|appeals|appealed|appealing) ..4.. to",
            "(seek|seeks|seeking|sought)");

    @Override
    public Candidate apply(Candidate candidate, Token[] tokens) {
        return CUES.near(tokens, candidate.match(), WINDOW) == null ? candidate : candidate.scaled(FACTOR, NAME);
    }
}
