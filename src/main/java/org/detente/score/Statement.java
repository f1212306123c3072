package org.detente.score;

/**
 * What a speaker says about an act is not the act: a claim of responsibility ("the group claimed the attack"),
 * condolences or respects paid for the dead, an option someone is considering ("is considering sending aid"),
 * a hope, a feeling voiced ("expressed pessimism after talks were suspended", "concerned about reports of
 * torture"), a refusal to comment.
 * Such a match counts half, noted {@code statement}; read as a sentence class it is a statement (CAMEO 01).
 */
final class Statement implements Modifier {

    static final String NAME = "statement";
    static final int WINDOW = 10;
    static final double FACTOR = 0.5;

    private static final Cues CUES = new Cues(
            "(claim|claims|claimed|claiming) ..2.. (responsibility|credit)",
            "(claim|claims|claimed|claiming) (that|to have)",
            "(condolence|condolences|sympathy|sympathies)",
            "(pay|paid|pays|paying) ..2.. (respects|tribute|homage)",
            "(commemorat*|memorial|mourn|mourns|mourned|mourning)",
            "(consider|considers|considered|considering|mull|mulls|mulled|mulling|contemplat*)",
            "(hope|hopes|hoped|hoping)",
            "(expressed|expresses|express|voiced|voices) ..2.. (hope|optimism|pessimism|confidence|concern|concerns|regret|doubt|doubts)",
            "(declined|refused|declines|refuses) to comment",
            "(would|will|did|does|could) not (comment|confirm)",
            "(concerned|worried|alarmed|troubled|saddened|shocked|appalled|dismayed) (about|by|over|at)",
            "(skeptical|sceptical|suspicious|doubtful) (about|of|over)");

    @Override
    public Candidate apply(Candidate candidate, Token[] tokens) {
        return CUES.before(tokens, candidate.match(), WINDOW) == null ? candidate : candidate.scaled(FACTOR, NAME);
    }
}
