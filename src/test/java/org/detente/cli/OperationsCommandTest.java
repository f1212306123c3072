package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What operators use to watch the nights: status, the metrics file, and rescoring after a lexicon change. */
class OperationsCommandTest {

    @TempDir
    Path work;
    CliRun cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRun(work);
    }

    @Nested
    class MetricsFile {

        @Test
        void holdsTheRunsMetersInPrometheusTextThatPromtoolAccepts() throws Exception {
            Files.writeString(cli.jobs.resolve("demo/pages/empty-2022-02-14.html"), "");
            Path metrics = work.resolve("textfile/detente.prom");

            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14",
                    "--metrics-file", metrics.toString());

            assertThat(result.exitCode()).as(result.err()).isZero();
            String text = Files.readString(metrics);
            assertThat(text)
                    .contains("detente_last_success_date_seconds{watch=\"demo\"} 1.6447968E9")
                    .contains("detente_pages_collected_total{watch=\"demo\"} 19.0")
                    .contains("detente_pages_failed_total{reason=\"empty-file\",stage=\"collect\",watch=\"demo\"} 1.0")
                    .containsPattern("detente_signals_found_total\\{category=\"diplomacy\",watch=\"demo\"} \\d+")
                    .contains("detente_step_duration_seconds_count{step=\"extract\"} 1")
                    .doesNotContain("jvm_");
            Process promtool = new ProcessBuilder("promtool", "check", "metrics")
                    .redirectInput(metrics.toFile()).redirectErrorStream(true).start();
            String said = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(promtool.exitValue()).as("promtool check metrics said: %s", said).isZero();
        }
    }

    @Nested
    class Status {

        @Test
        void listsTheLatestRunOfEachDateWithStateCountsAndWhyItFailed() throws IOException {
            cli.run("run", "--watch", "demo", "--date", "2022-02-13");
            cli.run("run", "--watch", "demo", "--date", "2022-02-14");
            cli.run("run", "--watch", "demo", "--date", "2022-02-14");
            // a file where the year folder should be: the report step of the next date fails
            Path year = cli.reports.resolve("demo/2022");
            Files.move(year, work.resolve("year-aside"));
            Files.writeString(year, "blocked");

            cli.run("run", "--watch", "demo", "--date", "2022-02-15");
            CliRun.Result status = cli.run("status", "--watch", "demo");

            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.out().lines().toList()).hasSize(5);
            assertThat(status.out()).containsPattern("WATCH +DATE +JOB +STATE")
                    .containsPattern("demo +2022-02-15 +daily +FAILED +0 +1 ")
                    .containsPattern("  failed: .*2022")
                    .containsPattern("demo +2022-02-14 +daily +COMPLETED +1 +1 +4 +\\d+ +0 ")
                    .containsPattern("demo +2022-02-13 +daily +COMPLETED +0 +1 +1 ");
        }

        @Test
        void saysSoWhenNothingRanYet() {
            CliRun.Result status = cli.run("status");

            assertThat(status.exitCode()).isZero();
            assertThat(status.out()).isEqualTo("no runs yet\n");
        }
    }

    @Nested
    class Rescore {

        @Test
        void afterALexiconChangeRewritesSignalsIndicatorsAndReportsFromStoredArticlesOnly() throws Exception {
            cli.run("run", "--watch", "demo", "--date", "2022-02-14");
            Path day = cli.day("demo", "2022-02-14");
            byte[] articles = Files.readAllBytes(day.resolve("articles.csv"));
            byte[] indicators = Files.readAllBytes(cli.reports.resolve("demo/indicators.csv"));
            long pages = count("raw_page");
            Path lexicon = cli.jobs.resolve("lexicons/default.yaml");
            Files.writeString(lexicon, Files.readString(lexicon).replace("intensity: 4\n", "intensity: 3\n"));
            // a new page in the source folder shows that rescoring does not collect
            Files.copy(cli.jobs.resolve("demo/pages/mubasher-2022-02-14-still-a-chance.html"),
                    cli.jobs.resolve("demo/pages/late-copy-2022-02-14.html"));

            CliRun.Result result = cli.run("rescore", "--watch", "demo", "--date", "2022-02-14");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("demo 2022-02-14: COMPLETED (run), 4 articles scored")
                    .doesNotContain("pages,");
            assertThat(count("raw_page")).isEqualTo(pages);
            assertThat(day.resolve("articles.csv")).hasBinaryContent(articles);
            assertThat(Files.readAllBytes(cli.reports.resolve("demo/indicators.csv"))).isNotEqualTo(indicators);
            assertThat(distinct("SELECT DISTINCT lexicon_version FROM signal")).isEqualTo(1);
            assertThat(distinct("SELECT DISTINCT lexicon_version FROM daily_indicator")).isEqualTo(1);
            assertThat(cli.run("status").out()).containsPattern("demo +2022-02-14 +rescore +COMPLETED");
        }

        @Test
        void refusesADateThatWasNeverRun() {
            CliRun.Result result = cli.run("rescore", "--watch", "demo", "--date", "2022-02-10");

            assertThat(result.exitCode()).isEqualTo(DetenteCli.RUN_FAILED);
            assertThat(result.out()).contains("demo 2022-02-10: SKIPPED, demo 2022-02-10 has no completed run");
            assertThat(result.err()).hasLineCount(1);
        }
    }

    private long count(String table) throws Exception {
        return distinct("SELECT COUNT(*) FROM " + table);
    }

    private long distinct(String sql) throws Exception {
        try (Connection c = cli.database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql.startsWith("SELECT COUNT") ? sql : "SELECT COUNT(*) FROM (" + sql + ") d")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
