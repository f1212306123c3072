package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    static final Path FIXTURE = Path.of("src/test/resources/score/labelled-sentences.tsv");

    @Test
    void readsIdTextAndLabelByHeaderName() {
        List<LabelledSentence> sentences = LabelledSentences.read(FIXTURE);

        assertThat(sentences).hasSize(4);
        assertThat(sentences.get(1).id()).isEqualTo("case-2");
        assertThat(sentences.get(1).label()).isEqualTo(SentenceClass.ESCALATION);
        assertThat(sentences.get(1).line()).isEqualTo(3);
    }

    @Test
    void anUnknownLabelIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "id\ttext\tlabel_class\na\tSome text.\tneutral\nb\tMore text.\thostile\n");

        assertThatThrownBy(() -> LabelledSentences.read(file))
                .hasMessage(file + ":3: unknown label_class 'hostile' (expected escalation, de-escalation or neutral)");
    }

    @Test
    void aMissingColumnIsReportedAtTheHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "id\tsentence\tlabel_class\n");

        assertThatThrownBy(() -> LabelledSentences.read(file)).hasMessageStartingWith(file + ":1: no column 'text'");
    }

    @Test
    void aSentenceWithoutSignalReadsAsNeutralAndSignalsDecideByTheirWeightedSum() {
        Signal up = signal(-8);
        Signal down = signal(5);

        assertThat(SentenceClass.of(List.of())).isEqualTo(SentenceClass.NEUTRAL);
        assertThat(SentenceClass.of(List.of(up, down))).isEqualTo(SentenceClass.ESCALATION);
        assertThat(SentenceClass.of(List.of(down))).isEqualTo(SentenceClass.DE_ESCALATION);
    }

    @Test
    void theFirstSignalOfASentenceCountsMostAndTheKthOneOverK() {
        Signal up = signal(-8);
        Signal down = signal(5);

        // 5 - 8/2 = 1: the resignation read before the protests that caused it
        assertThat(SentenceClass.of(List.of(down, up))).isEqualTo(SentenceClass.DE_ESCALATION);
        // -8 + 5/2 + 5/3 < 0
        assertThat(SentenceClass.of(List.of(up, down, down))).isEqualTo(SentenceClass.ESCALATION);
    }

    @Test
    void signalsThatAreOnlySaidDoNotDecideTheClass() {
        Signal appealedFor = signal(2.5, "demand");
        Signal appealedAgainst = signal(-3.5, "demand");
        Signal demandRule = signal(-3);
        Signal claimed = signal(-4, "statement");
        Signal done = signal(5);

        // "urged Washington to lift sanctions", "urged Muslims to reject extremism": appeals (CAMEO 02)
        assertThat(SentenceClass.of(List.of(appealedFor))).isEqualTo(SentenceClass.NEUTRAL);
        assertThat(SentenceClass.of(List.of(appealedAgainst))).isEqualTo(SentenceClass.NEUTRAL);
        // "demanded that the West impose sanctions": the demand rule's own signal presses (CAMEO 10)
        assertThat(SentenceClass.of(List.of(demandRule, appealedAgainst))).isEqualTo(SentenceClass.ESCALATION);
        // "the group claimed the attack": a claim (CAMEO 01), and what was done then counts as the first signal
        assertThat(SentenceClass.of(List.of(claimed))).isEqualTo(SentenceClass.NEUTRAL);
        assertThat(SentenceClass.of(List.of(claimed, done, signal(-8)))).isEqualTo(SentenceClass.DE_ESCALATION);
    }

    @Test
    void countsEachSentenceInItsHalfAndListsTheErrors() {
        SignalScorer scorer = new SignalScorer(LexiconLoader.load(Path.of("jobs/lexicons/default.yaml")));

        Evaluation evaluation = Evaluation.run(scorer, LabelledSentences.read(FIXTURE));

        assertThat(evaluation.all().total()).isEqualTo(4);
        assertThat(evaluation.odd().total()).isEqualTo(2);
        assertThat(evaluation.even().total()).isEqualTo(2);
        assertThat(evaluation.outcomes()).extracting(o -> o.predicted()).containsExactly(SentenceClass.DE_ESCALATION,
                SentenceClass.ESCALATION, SentenceClass.NEUTRAL, SentenceClass.NEUTRAL);
        assertThat(evaluation.errors()).isEmpty();
        assertThat(evaluation.all().macroF1()).isEqualTo(1.0);
    }

    @Test
    void theReportShowsPerClassFiguresMacroF1AndConfusions() {
        SignalScorer scorer = new SignalScorer(LexiconLoader.load(Path.of("jobs/lexicons/default.yaml")));
        List<LabelledSentence> sentences = List.of(
                new LabelledSentence("x", "Artillery shelling hit the town.", SentenceClass.NEUTRAL, 2));
        StringWriter text = new StringWriter();

        EvaluationReport.print(new PrintWriter(text), scorer.lexicon(), Evaluation.run(scorer, sentences), 5);

        assertThat(text.toString())
                .contains("macro-F1 0.000")
                .contains("confusions (rows: labelled, columns: read as)")
                .containsPattern("neutral +1 +0 +0")
                .contains("x  labelled neutral, read escalation (shelling");
    }

    private static Signal signal(double intensity, String... modifiers) {
        return new Signal("c", intensity < 0 ? Direction.ESCALATION : Direction.DE_ESCALATION, intensity, "s", 0, 1,
                "s", "r", List.of(modifiers));
    }
}
