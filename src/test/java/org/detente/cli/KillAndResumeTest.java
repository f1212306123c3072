package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run killed with SIGKILL in the middle of a chunk step (a separate JVM, killed the moment it reports its third
 * chunk) is resumed by the next run of the date, and the result equals an uninterrupted run's: the same CSV bytes,
 * the same rows in every table, no duplicates. On H2 and on PostgreSQL.
 */
class KillAndResumeTest {

    private static final int COPIES = 40;
    private static final String[] CSVS = {"articles.csv", "signals.csv", "failures.csv"};

    @TempDir
    Path work;

    static Stream<Arguments> databasesAndSteps() {
        return Stream.of(Arguments.of("H2", "extract"), Arguments.of("H2", "score"),
                Arguments.of("PostgreSQL", "extract"), Arguments.of("PostgreSQL", "score"));
    }

    @ParameterizedTest(name = "{0}, killed during {1}")
    @MethodSource("databasesAndSteps")
    void aRunKilledMidStepResumesToTheSameOutputsAsAnUninterruptedRun(String kind, String step) throws Exception {
        try (TestDatabase cleanDb = database(kind, work.resolve("clean-db"));
             TestDatabase killedDb = database(kind, work.resolve("killed-db"))) {
            CliRun clean = new CliRun(work.resolve("clean"), cleanDb);
            CliRun killed = new CliRun(work.resolve("killed"), killedDb);
            BulkWatch.addTo(clean.jobs, COPIES);
            BulkWatch.addTo(killed.jobs, COPIES);

            CliRun.Result uninterrupted = clean.run("run", "--watch", BulkWatch.ID, "--date", BulkWatch.DATE);
            assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();

            killMidStep(killed, step);
            assertThat(executionStatuses(killedDb)).as("the killed run is left running").containsExactly("STARTED");

            CliRun.Result resumed = killed.run("run", "--watch", BulkWatch.ID, "--date", BulkWatch.DATE);

            assertThat(resumed.exitCode()).as(resumed.err() + resumed.out()).isZero();
            assertThat(resumed.out()).contains("COMPLETED (resumed)");
            assertThat(executionStatuses(killedDb)).containsExactly("FAILED", "COMPLETED");
            Path cleanDay = clean.day(BulkWatch.ID, BulkWatch.DATE);
            Path killedDay = killed.day(BulkWatch.ID, BulkWatch.DATE);
            for (String csv : CSVS) {
                assertThat(killedDay.resolve(csv)).as(csv).hasSameBinaryContentAs(cleanDay.resolve(csv));
            }
            assertThat(killed.reports.resolve("bulk/indicators.csv"))
                    .hasSameBinaryContentAs(clean.reports.resolve("bulk/indicators.csv"));
            try (Connection a = cleanDb.connect(); Connection b = killedDb.connect()) {
                assertThat(TableSnapshot.of(b)).isEqualTo(TableSnapshot.of(a));
            }
        }
    }

    static TestDatabase database(String kind, Path dir) throws SQLException {
        return kind.equals("H2") ? TestDatabase.h2(dir) : TestDatabase.postgres();
    }

    /** Starts the run in a child JVM and kills it (SIGKILL) as soon as it reports its third chunk of the step. */
    private static void killMidStep(CliRun cli, String step) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dlogging.level.org.detente.batch.ChunkLog=DEBUG",
                "org.detente.Detente", "run", "--watch", BulkWatch.ID, "--date", BulkWatch.DATE,
                "--jobs", cli.jobs.toString(), "--reports", cli.reports.toString(), "--db", cli.jdbcUrl()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DETENTE_HOME");
        Process child = builder.start();
        List<String> seen = new ArrayList<>();
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            int chunks = 0;
            for (String line; (line = out.readLine()) != null; ) {
                seen.add(line);
                if (line.contains("ChunkLog - " + step + ": chunk") && ++chunks == 3) {
                    child.destroyForcibly();
                    killed = true;
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(killed).as("the child reached the third chunk of %s before ending; it printed:%n%s", step,
                String.join("\n", seen)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    private static List<String> executionStatuses(TestDatabase db) throws SQLException {
        List<String> statuses = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
            while (rs.next()) {
                statuses.add(rs.getString(1));
            }
        }
        return statuses;
    }
}
