package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.detente.batch.RunOutcome;
import org.junit.jupiter.api.Test;

/** A range's progress: a bar redrawn in place on a terminal, plain lines with the estimate in a log. */
class RunReporterTest {

    private final StringWriter text = new StringWriter();

    @Test
    void onATerminalDrawsABarWithTheTimeLeftAndClearsItBeforeEachLine() {
        RunReporter reporter = new RunReporter(new PrintWriter(text, true), 4, true);

        reporter.dateDone(outcome("2022-02-13"));
        reporter.dateDone(outcome("2022-02-14"));

        String out = text.toString();
        assertThat(out).contains("\r[#######-----------------------] 1/4 dates, 25%, about ")
                .contains("\r[###############---------------] 2/4 dates, 50%, about ")
                .contains("\r\033[2K[2/4] demo 2022-02-14: COMPLETED (run)");
        assertThat(out).doesNotContain("s left\n");
    }

    @Test
    void inALogWritesPlainLinesEachWithItsPositionAndTheTimeLeft() {
        RunReporter reporter = new RunReporter(new PrintWriter(text, true), 3, false);

        reporter.dateDone(outcome("2022-02-13"));
        reporter.dateSkipped("demo", LocalDate.parse("2022-02-14"), "nothing to rescore");
        reporter.dateDone(outcome("2022-02-15"));

        assertThat(text.toString()).doesNotContain("\r").doesNotContain("#")
                .containsPattern("\\[1/3] demo 2022-02-13: COMPLETED \\(run\\), 3 pages, .*, about \\d+ s left\n")
                .containsPattern("\\[2/3] demo 2022-02-14: SKIPPED, nothing to rescore, about \\d+ s left\n")
                .contains("[3/3] demo 2022-02-15: COMPLETED (run), 3 pages, 2 articles, 2 articles scored, 0 skipped\n");
    }

    private static RunOutcome outcome(String date) {
        return new RunOutcome("demo", LocalDate.parse(date), "COMPLETED", false, 0,
                Map.of("collect", 3L, "extract", 2L, "score", 2L), 0, Map.of("collect", Duration.ofSeconds(1)),
                Path.of("reports"), null);
    }
}
