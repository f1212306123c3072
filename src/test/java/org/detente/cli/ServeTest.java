package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code detente serve}: nightly runs on the watch's cron, health and metrics endpoints, never two runs at once. */
class ServeTest {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path work;

    /** Two servers on one database, each firing every two seconds: runs of the date follow one another. */
    @Test
    void runsYesterdayOnTheCronServesHealthAndMetricsAndNeverOverlapsAcrossProcesses() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            CliRun cli = new CliRun(work, db);
            Path watch = cli.jobs.resolve("watches/demo.yaml");
            Files.writeString(watch, Files.readString(watch) + "schedule:\n  cron: '*/2 * * * * *'\n");
            LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Kyiv")).minusDays(1);
            int portA = freePort();
            int portB = freePort();
            Process a = serve(cli, portA);
            Process b = serve(cli, portB);
            try {
                awaitHealthy(portA);
                awaitHealthy(portB);
                List<long[]> runs = awaitCompletedRuns(db, yesterday, 4);

                for (int i = 1; i < runs.size(); i++) {
                    assertThat(runs.get(i)[0]).as("run %d starts after run %d ended", i, i - 1)
                            .isGreaterThanOrEqualTo(runs.get(i - 1)[1]);
                }
                String metrics = get(portA, "/actuator/prometheus");
                long epoch = yesterday.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                assertThat(metrics).contains("detente_last_success_date_seconds{watch=\"demo\"} "
                        + Double.toString(epoch));
            } finally {
                a.destroy();
                b.destroy();
                assertThat(a.waitFor(90, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
                assertThat(b.waitFor(90, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    @Test
    void anInvalidCronIsRefusedWithItsFileAndLine() throws IOException {
        CliRun cli = new CliRun(work);
        Path watch = cli.jobs.resolve("watches/demo.yaml");
        Files.writeString(watch, Files.readString(watch) + "schedule:\n  cron: 'every night at two'\n");

        CliRun.Result serve = cli.run("serve", "--port", "0");
        CliRun.Result run = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

        for (CliRun.Result r : List.of(serve, run)) {
            assertThat(r.exitCode()).isEqualTo(DetenteCli.BAD_INPUT);
            assertThat(r.err()).containsPattern("demo\\.yaml:\\d+: setting 'schedule\\.cron' is not a valid cron "
                    + "expression: 'every night at two'").hasLineCount(1);
        }
    }

    private static Process serve(CliRun cli, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.detente.Detente", "serve", "--port",
                String.valueOf(port), "--jobs", cli.jobs.toString(), "--reports", cli.reports.toString(),
                "--db", cli.jdbcUrl())
                .redirectErrorStream(true)
                .redirectOutput(cli.reports.resolveSibling("serve-" + port + ".log").toFile());
        builder.environment().remove("DETENTE_HOME");
        return builder.start();
    }

    private static void awaitHealthy(int port) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(port, "/actuator/health").contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("serve on port " + port + " was not healthy within " + START_LIMIT);
    }

    /** Start and end (epoch millis) of the completed daily runs of the date, in start order, once there are n. */
    private static List<long[]> awaitCompletedRuns(TestDatabase db, LocalDate date, int n) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (true) {
            List<long[]> runs = new ArrayList<>();
            try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("""
                    SELECT e.START_TIME, e.END_TIME FROM BATCH_JOB_EXECUTION e
                    JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                    WHERE p.PARAMETER_NAME = 'date' AND p.PARAMETER_VALUE = ? AND e.STATUS = 'COMPLETED'
                    ORDER BY e.START_TIME""")) {
                s.setString(1, date.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        runs.add(new long[] {millis(rs.getTimestamp(1)), millis(rs.getTimestamp(2))});
                    }
                }
            } catch (java.sql.SQLException e) {
                // the schema is not there until the first server has started
            }
            if (runs.size() >= n) {
                return runs;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + runs.size() + " completed runs of " + date + " within " + START_LIMIT);
            }
            Thread.sleep(1000);
        }
    }

    private static long millis(Timestamp t) {
        return t.getTime();
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
