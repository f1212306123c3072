package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily job end to end: the bundled demo watch, a real H2 file database, real report files. */
class RunCommandTest {

    @TempDir
    Path work;
    CliRun cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRun(work);
    }

    @Nested
    class RunningADate {

        @Test
        void writesTheWorkbookAndCsvsOfTheDayAndTheIndicatorHistory() throws IOException {
            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            assertThat(result.exitCode()).as(result.err()).isZero();
            Path day = cli.day("demo", "2022-02-14");
            assertThat(day.resolve("detente-demo-2022-02-14.xlsx")).isNotEmptyFile();
            assertThat(day.resolve("signals.csv")).isNotEmptyFile();
            assertThat(day.resolve("articles.csv")).isNotEmptyFile();
            assertThat(cli.reports.resolve("demo/indicators.csv")).isNotEmptyFile();
            assertThat(result.out()).contains("COMPLETED").contains("reports: " + day).contains("summary:");
        }

        @Test
        void findsTheSeedPageSignalsAndNothingFromItsCookieBanner() throws IOException {
            cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            List<CSVRecord> signals = csv(cli.day("demo", "2022-02-14").resolve("signals.csv"));
            List<CSVRecord> seed = signals.stream()
                    .filter(r -> r.get("outlet").equals("Mubasher")).toList();
            assertThat(seed).extracting(r -> r.get("direction")).contains("escalation", "de-escalation");
            assertThat(seed).anySatisfy(r -> assertThat(r.get("evidence")).containsIgnoringCase("submarine"));
            assertThat(seed).anySatisfy(r -> assertThat(r.get("evidence")).containsIgnoringCase("insurance"));
            assertThat(signals).noneSatisfy(r -> assertThat(r.get("sentence")).containsIgnoringCase("cookies"));
            assertThat(signals).allSatisfy(r -> assertThat(r.get("date")).isEqualTo("2022-02-14"));
        }

        @Test
        void datesEachSignalOfTheSeedLiveBlogByItsEntryAndOtherSignalsByNone() throws IOException {
            cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            List<CSVRecord> signals = csv(cli.day("demo", "2022-02-14").resolve("signals.csv"));
            assertThat(signals).filteredOn(r -> r.get("evidence").contains("submarine")).extracting(r -> r.get("entry_time"))
                    .containsOnly("2022-02-14T11:41:00+02:00");
            assertThat(signals).filteredOn(r -> r.get("evidence").contains("terminate insurance"))
                    .extracting(r -> r.get("entry_time")).containsOnly("2022-02-14T12:15:00+02:00");
            assertThat(signals).as("the intro stands before the first entry")
                    .filteredOn(r -> r.get("sentence").startsWith("Russian Foreign Minister Sergei Lavrov told"))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.get("entry_time")).isEmpty());
            assertThat(signals).filteredOn(r -> !r.get("outlet").equals("Mubasher"))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.get("entry_time")).isEmpty());
        }

        @Test
        void listsEveryOutletThatCarriedAStoryBesideEachOfItsArticles() throws IOException {
            cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            List<CSVRecord> articles = csv(cli.day("demo", "2022-02-14").resolve("articles.csv"));
            List<CSVRecord> embassy = articles.stream()
                    .filter(r -> r.get("outlet").equals("Baltic Wire") || r.get("outlet").equals("North Sea Bulletin"))
                    .toList();
            assertThat(embassy).hasSize(2).extracting(r -> r.get("story_id")).containsOnly(embassy.get(0).get("story_id"));
            assertThat(embassy).extracting(r -> r.get("story_outlets"))
                    .containsOnly("Baltic Wire; North Sea Bulletin");
            assertThat(articles).filteredOn(r -> r.get("outlet").equals("Mubasher"))
                    .extracting(r -> r.get("story_outlets")).containsExactly("Mubasher");
        }

        @Test
        void processesOnlyThePagesPublishedOnTheDateInTheWatchTimeZone() throws IOException {
            cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            List<CSVRecord> articles = csv(cli.day("demo", "2022-02-14").resolve("articles.csv"));
            assertThat(articles).isNotEmpty();
            assertThat(articles).allSatisfy(r -> assertThat(r.get("published")).startsWith("2022-02-14T"));
        }

        @Test
        void aRangeRunsEachDateAsItsOwnRunAndShowsProgress() {
            CliRun.Result result = cli.run("run", "--watch", "demo", "--from", "2022-02-13", "--to", "2022-02-15");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("[1/3] demo 2022-02-13", "[2/3] demo 2022-02-14", "[3/3] demo 2022-02-15");
            assertThat(cli.day("demo", "2022-02-15").resolve("signals.csv")).exists();
        }
    }

    @Nested
    class RerunningADate {

        @Test
        void replacesItsResultsWithByteIdenticalCsvsAndNoDuplicateRows() throws Exception {
            cli.run("run", "--watch", "demo", "--date", "2022-02-14");
            Path day = cli.day("demo", "2022-02-14");
            byte[] signals = Files.readAllBytes(day.resolve("signals.csv"));
            byte[] articles = Files.readAllBytes(day.resolve("articles.csv"));
            byte[] indicators = Files.readAllBytes(cli.reports.resolve("demo/indicators.csv"));
            long[] rows = rowCounts();

            CliRun.Result again = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).contains("rerun 1");
            assertThat(day.resolve("signals.csv")).hasBinaryContent(signals);
            assertThat(day.resolve("articles.csv")).hasBinaryContent(articles);
            assertThat(cli.reports.resolve("demo/indicators.csv")).hasBinaryContent(indicators);
            assertThat(rowCounts()).containsExactly(rows);
        }
    }

    @Nested
    class RejectsWithOneClearLine {

        @Test
        void anUnknownWatch() {
            CliRun.Result result = cli.run("run", "--watch", "nowhere", "--date", "2022-02-14");

            assertThat(result.exitCode()).isEqualTo(DetenteCli.BAD_INPUT);
            assertThat(result.err()).startsWith("detente: unknown watch 'nowhere'").hasLineCount(1);
        }

        @Test
        void aDateThatIsNotADate() {
            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-30");

            assertThat(result.exitCode()).isEqualTo(DetenteCli.BAD_INPUT);
            assertThat(result.err()).contains("bad date for --date: '2022-02-30'").hasLineCount(1);
        }

        @Test
        void aReversedRange() {
            CliRun.Result result = cli.run("run", "--watch", "demo", "--from", "2022-02-20", "--to", "2022-02-10");

            assertThat(result.exitCode()).isEqualTo(DetenteCli.BAD_INPUT);
            assertThat(result.err()).contains("date range reversed").hasLineCount(1);
        }

        @Test
        void anInvalidWatchFileNamingItsLine() throws IOException {
            Path file = cli.jobs.resolve("watches/demo.yaml");
            Files.writeString(file, Files.readString(file).replace("timezone:", "timezone:\ntitel: typo\nx:"));

            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            assertThat(result.exitCode()).isEqualTo(DetenteCli.BAD_INPUT);
            assertThat(result.err()).containsPattern("demo\\.yaml:\\d+: ").hasLineCount(1);
        }

        @Test
        void aRunThatFails() throws IOException {
            Files.createDirectories(cli.reports.resolve("demo"));
            Files.writeString(cli.reports.resolve("demo/2022"), "a file where the year folder should be");

            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            assertThat(result.exitCode()).isEqualTo(DetenteCli.RUN_FAILED);
            assertThat(result.out()).contains("FAILED");
            assertThat(result.err()).contains("run(s) failed").hasLineCount(1);
        }

        @Test
        void andAFailedRunResumesOnceTheCauseIsGone() throws IOException {
            Files.createDirectories(cli.reports.resolve("demo"));
            Path blocker = cli.reports.resolve("demo/2022");
            Files.writeString(blocker, "a file where the year folder should be");
            cli.run("run", "--watch", "demo", "--date", "2022-02-14");
            Files.delete(blocker);

            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("resumed");
            assertThat(cli.day("demo", "2022-02-14").resolve("signals.csv")).isNotEmptyFile();
        }
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        CliRun.Result result = cli.run("run", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--watch", "--date", "--from", "--to");
    }

    private long[] rowCounts() throws SQLException {
        try (Connection c = cli.database.connect()) {
            String[] tables = {"raw_page", "article", "article_entry", "signal", "daily_indicator", "failure"};
            long[] counts = new long[tables.length];
            for (int i = 0; i < tables.length; i++) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + tables[i])) {
                    rs.next();
                    counts[i] = rs.getLong(1);
                }
            }
            return counts;
        }
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
