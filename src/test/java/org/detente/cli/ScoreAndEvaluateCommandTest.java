package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code detente score} and {@code detente evaluate} in-process, with the bundled default lexicon. */
class ScoreAndEvaluateCommandTest {

    @TempDir
    Path work;

    record Result(int exitCode, String out, String err) {
    }

    @Test
    void scoreWithLinesPrintsOneObjectPerInputLineInOrder() throws IOException {
        Path input = Files.writeString(work.resolve("in.txt"),
                "Russian troops returned to their bases.\nThe weather was mild.\nShelling hit the town.\n");

        Result result = run("score", input.toString(), "--lines");

        assertThat(result.exitCode()).isZero();
        String[] lines = result.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("{\"line\":1,\"net\":1.0,\"signals\":[{\"category\":\"military-posture\","
                + "\"direction\":\"de-escalation\",\"intensity\":5.0,\"evidence\":\"troops returned to their bases\","
                + "\"start\":8,\"end\":38,\"rule\":\"troops-return-to-bases\",\"modifiers\":[]}]");
        assertThat(lines[0]).contains("\"lexicon\":\"default\",\"version\":\"");
        assertThat(lines[1]).startsWith("{\"line\":2,\"net\":0.0,\"signals\":[]");
        assertThat(lines[2]).startsWith("{\"line\":3,\"net\":-1.0,").contains("\"direction\":\"escalation\"");
    }

    @Test
    void scoreWithoutLinesReadsTheWholeInputAsOneArticle() throws IOException {
        Path input = Files.writeString(work.resolve("in.txt"),
                "Russian troops returned to their bases.\nShelling hit the town.\n");

        Result result = run("score", input.toString());

        assertThat(result.out().split("\n")).hasSize(1);
        assertThat(result.out()).doesNotContain("\"line\"").contains("\"start\":40,\"end\":48");
    }

    @Test
    void scoreRecordsModifiersOnTheSignal() throws IOException {
        Path input = Files.writeString(work.resolve("in.txt"), "Russia could invade Ukraine if talks fail.\n");

        Result result = run("score", input.toString(), "--lines");

        assertThat(result.out()).contains("\"modifiers\":[\"hedged\",\"conditional\"]");
    }

    @Test
    void scoreOfAMissingFileIsBadInput() {
        Result result = run("score", work.resolve("absent.txt").toString());

        assertThat(result.exitCode()).isEqualTo(DetenteCli.BAD_INPUT);
        assertThat(result.err()).contains("no such file: ");
    }

    @Test
    void anInvalidLexiconFileIsBadInputNamingFileAndLine() throws IOException {
        Path lexicon = Files.writeString(work.resolve("broken.yaml"), "name: broken\ncategories:\n  a: A\nrulez: []\n");
        Path input = Files.writeString(work.resolve("in.txt"), "Text.\n");

        Result result = run("score", input.toString(), "--lexicon", lexicon.toString());

        assertThat(result.exitCode()).isEqualTo(DetenteCli.BAD_INPUT);
        assertThat(result.err()).startsWith("detente: " + lexicon + ":4: ");
    }

    @Test
    void evaluatePrintsPerClassFiguresMacroF1HalvesAndConfusions() {
        Result result = run("evaluate", "src/test/resources/score/labelled-sentences.tsv");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("4 sentences")
                .containsPattern("escalation +1\\.000 +1\\.000 +1\\.000 +1")
                .contains("macro-F1 1.000")
                .contains("odd rows macro-F1")
                .contains("confusions (rows: labelled, columns: read as)");
    }

    @Test
    void evaluateOfAFileWithABadLabelIsBadInputNamingTheLine() throws IOException {
        Path file = Files.writeString(work.resolve("bad.tsv"), "id\ttext\tlabel_class\na\tText.\twar\n");

        Result result = run("evaluate", file.toString());

        assertThat(result.exitCode()).isEqualTo(DetenteCli.BAD_INPUT);
        assertThat(result.err()).contains(file + ":2: unknown label_class 'war'");
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DetenteCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
