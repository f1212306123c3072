package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** indicators.csv over several runs of the demo watch: backfills, reruns, and agreement with the database. */
class IndicatorHistoryRunTest {

    @TempDir
    Path work;

    @Test
    void rerunningAnEarlierDateKeepsTheLaterDatesInTheHistory() throws IOException {
        CliRun cli = new CliRun(work.resolve("a"));
        assertThat(cli.run("run", "--watch", "demo", "--from", "2022-02-14", "--to", "2022-02-15").exitCode()).isZero();

        assertThat(cli.run("run", "--watch", "demo", "--date", "2022-02-14").exitCode()).isZero();

        List<CSVRecord> total = totals(cli);
        assertThat(total).extracting(r -> r.get("date")).containsExactly("2022-02-14", "2022-02-15");
    }

    @Test
    void aBackfillGivesTheSameHistoryAsRunningInDateOrder() throws IOException {
        CliRun inOrder = new CliRun(work.resolve("in-order"));
        assertThat(inOrder.run("run", "--watch", "demo", "--from", "2022-02-12", "--to", "2022-02-15").exitCode())
                .isZero();
        CliRun backfilled = new CliRun(work.resolve("backfilled"));
        assertThat(backfilled.run("run", "--watch", "demo", "--from", "2022-02-14", "--to", "2022-02-15").exitCode())
                .isZero();
        assertThat(backfilled.run("run", "--watch", "demo", "--from", "2022-02-12", "--to", "2022-02-13").exitCode())
                .isZero();

        assertThat(Files.readAllBytes(backfilled.reports.resolve("demo/indicators.csv")))
                .isEqualTo(Files.readAllBytes(inOrder.reports.resolve("demo/indicators.csv")));
        List<CSVRecord> total = totals(inOrder);
        assertThat(total).hasSize(4);
        assertThat(total.get(3).get("change_1d")).as("both days have signals").isNotEmpty();
        assertThat(total).allSatisfy(r -> assertThat(r.get("lexicon_version")).matches("[0-9a-f]{12}"));
    }

    @Test
    void aDayWithoutArticlesIsAGapNotAZero() throws IOException {
        CliRun cli = new CliRun(work.resolve("gap"));
        assertThat(cli.run("run", "--watch", "demo", "--from", "2022-02-24", "--to", "2022-02-25").exitCode())
                .isZero();

        CSVRecord quiet = totals(cli).stream().filter(r -> r.get("date").equals("2022-02-25")).findFirst()
                .orElseThrow();
        assertThat(quiet.get("articles")).isEqualTo("0");
        assertThat(quiet.get("net_index")).isEmpty();
        assertThat(quiet.get("change_1d")).isEmpty();
        assertThat(quiet.get("escalation_per_article")).isEmpty();
        assertThat(quiet.get("smoothed_7d")).as("the day before still counts").isNotEmpty();
    }

    @Test
    void aTrendThresholdOutOfRangeIsRejectedWithFileAndLine() throws IOException {
        CliRun cli = new CliRun(work.resolve("bad"));
        Path demo = cli.jobs.resolve("watches/demo.yaml");
        Files.writeString(demo, Files.readString(demo) + "aggregate:\n  trend-threshold: 0.0\n");
        int line = Files.readAllLines(demo).size();

        CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("demo.yaml:" + line + ": setting 'aggregate.trend-threshold' must be "
                + "above 0 and at most 2, not '0.0'");
    }

    @Test
    void indicatorsCsvMatchesTheDatabaseRowForRow() throws IOException, SQLException {
        CliRun cli = new CliRun(work.resolve("db"));
        assertThat(cli.run("run", "--watch", "demo", "--from", "2022-02-13", "--to", "2022-02-15").exitCode()).isZero();

        List<String> fromCsv = new ArrayList<>();
        for (CSVRecord r : RunCommandTest.csv(cli.reports.resolve("demo/indicators.csv"))) {
            fromCsv.add(String.join("|", r.get("date"), r.get("category"), r.get("escalation_signals"),
                    r.get("de_escalation_signals"), r.get("escalation_intensity"), r.get("de_escalation_intensity"),
                    r.get("net_index"), r.get("articles"), r.get("sources"), r.get("lexicon_version")));
        }
        List<String> fromDb = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(cli.jdbcUrl(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("""
                     SELECT run_date, category, escalation_signals, de_escalation_signals, escalation_intensity,
                            de_escalation_intensity, net_index, articles, sources, lexicon_version
                     FROM daily_indicator WHERE watch = 'demo'
                     ORDER BY run_date, CASE WHEN category = 'total' THEN 1 ELSE 0 END, category""")) {
            while (rs.next()) {
                boolean signals = rs.getInt(3) + rs.getInt(4) > 0;
                fromDb.add(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        String.format(Locale.ROOT, "%.1f", rs.getDouble(5)),
                        String.format(Locale.ROOT, "%.1f", rs.getDouble(6)),
                        signals ? String.format(Locale.ROOT, "%.4f", rs.getDouble(7)).replace("-0.0000", "0.0000") : "",
                        rs.getString(8), rs.getString(9), rs.getString(10)));
            }
        }
        assertThat(fromCsv).isNotEmpty().isEqualTo(fromDb);
    }

    @Test
    void daySignalsAndArticlesInCsvAndWorkbookMatchTheDatabase() throws IOException, SQLException {
        CliRun cli = new CliRun(work.resolve("day"));
        assertThat(cli.run("run", "--watch", "demo", "--date", "2022-02-14").exitCode()).isZero();
        Path day = cli.day("demo", "2022-02-14");

        List<String> fromDb = new ArrayList<>();
        List<Double> intensities = new ArrayList<>();
        List<String> articlesDb = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(cli.jdbcUrl(), "sa", "")) {
            try (ResultSet rs = c.createStatement().executeQuery("""
                    SELECT a.url, s.rule_id, s.direction, s.intensity, s.evidence FROM signal s
                    JOIN article a ON a.id = s.article_id WHERE s.run_date = DATE '2022-02-14'
                    ORDER BY a.raw_page_id, s.seq""")) {
                while (rs.next()) {
                    fromDb.add(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
                            String.format(Locale.ROOT, "%.1f", rs.getDouble(4)), rs.getString(5)));
                    intensities.add(rs.getDouble(4));
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("""
                    SELECT a.url, (SELECT COUNT(*) FROM signal s WHERE s.article_id = a.id) FROM article a
                    WHERE a.run_date = DATE '2022-02-14' ORDER BY a.raw_page_id""")) {
                while (rs.next()) {
                    articlesDb.add(rs.getString(1) + "|" + rs.getInt(2));
                }
            }
        }
        List<String> fromCsv = RunCommandTest.csv(day.resolve("signals.csv")).stream()
                .map(r -> String.join("|", r.get("article_url"), r.get("rule"), r.get("direction"), r.get("intensity"),
                        r.get("evidence"))).toList();
        List<String> articlesCsv = RunCommandTest.csv(day.resolve("articles.csv")).stream()
                .map(r -> r.get("url") + "|" + (Integer.parseInt(r.get("escalation_signals"))
                        + Integer.parseInt(r.get("de_escalation_signals")))).toList();
        assertThat(fromCsv).isNotEmpty().isEqualTo(fromDb);
        assertThat(articlesCsv).isNotEmpty().isEqualTo(articlesDb);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(day.resolve("detente-demo-2022-02-14.xlsx")))) {
            XSSFSheet signals = workbook.getSheet("Signals");
            assertThat(signals.getLastRowNum()).isEqualTo(fromDb.size());
            for (int i = 0; i < fromDb.size(); i++) {
                Row row = signals.getRow(i + 1);
                String[] expected = fromDb.get(i).split("\\|", -1);
                assertThat(row.getCell(8).getStringCellValue()).isEqualTo(expected[1]);
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(intensities.get(i));
                assertThat(row.getCell(9).getCellFormula()).contains("\"" + expected[0] + "\"");
            }
            assertThat(workbook.getSheet("Articles").getLastRowNum()).isEqualTo(articlesDb.size());
            assertThat(workbook.getSheet("Trend").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    private static List<CSVRecord> totals(CliRun cli) throws IOException {
        return RunCommandTest.csv(cli.reports.resolve("demo/indicators.csv")).stream()
                .filter(r -> r.get("category").equals("total")).toList();
    }
}
