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

    private static List<CSVRecord> totals(CliRun cli) throws IOException {
        return RunCommandTest.csv(cli.reports.resolve("demo/indicators.csv")).stream()
                .filter(r -> r.get("category").equals("total")).toList();
    }
}
