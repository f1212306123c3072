package org.detente.score;

import java.nio.file.Path;
import java.util.List;

/** The small lexicon of {@code src/test/resources/score/test-lexicon.yaml} and helpers to read its signals. */
final class ScoringFixtures {

    static final Lexicon LEXICON = LexiconLoader.load(Path.of("src/test/resources/score/test-lexicon.yaml"));
    static final SignalScorer SCORER = new SignalScorer(LEXICON);

    private ScoringFixtures() {
    }

    static List<Signal> score(String text) {
        return SCORER.score(text);
    }

    /** Signals as "rule direction intensity [modifiers]". */
    static List<String> readings(String text) {
        return readings(SCORER, text);
    }

    /** The same with another lexicon's scorer. */
    static List<String> readings(SignalScorer scorer, String text) {
        return scorer.score(text).stream()
                .map(s -> s.rule() + " " + s.direction().label() + " " + s.intensity() + " " + s.modifiers())
                .toList();
    }
}
