package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily job on PostgreSQL: the same migrations, the same results as on H2, reruns and resumes alike. */
class PostgresRunTest {

    @TempDir
    Path work;
    TestDatabase postgres;
    CliRun cli;

    @BeforeEach
    void setUp() throws Exception {
        postgres = TestDatabase.postgres();
        cli = new CliRun(work.resolve("pg"), postgres);
    }

    @AfterEach
    void tearDown() throws Exception {
        postgres.close();
    }

    @Test
    void aDateGivesTheSameCsvsAndRowsAsOnH2() throws Exception {
        CliRun onH2 = new CliRun(work.resolve("h2"));

        CliRun.Result pg = cli.run("run", "--watch", "demo", "--date", "2022-02-14");
        CliRun.Result h2 = onH2.run("run", "--watch", "demo", "--date", "2022-02-14");

        assertThat(pg.exitCode()).as(pg.err()).isZero();
        assertThat(h2.exitCode()).as(h2.err()).isZero();
        for (String csv : List.of("articles.csv", "signals.csv", "failures.csv")) {
            assertThat(cli.day("demo", "2022-02-14").resolve(csv))
                    .hasSameBinaryContentAs(onH2.day("demo", "2022-02-14").resolve(csv));
        }
        assertThat(cli.reports.resolve("demo/indicators.csv"))
                .hasSameBinaryContentAs(onH2.reports.resolve("demo/indicators.csv"));
        try (Connection pgc = postgres.connect(); Connection h2c = onH2.database.connect()) {
            assertThat(rowCounts(TableSnapshot.of(pgc))).isEqualTo(rowCounts(TableSnapshot.of(h2c)));
        }
    }

    @Test
    void aRerunReplacesTheDateWithoutDuplicates() throws Exception {
        cli.run("run", "--watch", "demo", "--date", "2022-02-14");
        byte[] signals = Files.readAllBytes(cli.day("demo", "2022-02-14").resolve("signals.csv"));
        Map<String, List<String>> before;
        try (Connection c = postgres.connect()) {
            before = TableSnapshot.of(c);
        }

        CliRun.Result again = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("rerun 1");
        assertThat(cli.day("demo", "2022-02-14").resolve("signals.csv")).hasBinaryContent(signals);
        try (Connection c = postgres.connect()) {
            assertThat(TableSnapshot.of(c)).isEqualTo(before);
        }
    }

    @Test
    void aFailedRunResumesOnceTheCauseIsGone() throws Exception {
        Files.createDirectories(cli.reports.resolve("demo"));
        Path blocker = cli.reports.resolve("demo/2022");
        Files.writeString(blocker, "a file where the year folder should be");
        CliRun.Result failed = cli.run("run", "--watch", "demo", "--date", "2022-02-14");
        Files.delete(blocker);

        CliRun.Result resumed = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

        assertThat(failed.exitCode()).isEqualTo(DetenteCli.RUN_FAILED);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("COMPLETED (resumed)");
    }

    private static Map<String, Integer> rowCounts(Map<String, List<String>> snapshot) {
        return snapshot.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().size()));
    }
}
