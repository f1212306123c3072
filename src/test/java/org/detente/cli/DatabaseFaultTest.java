package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A database that is held by another process, or whose schema is newer than the code: one line, nothing touched. */
class DatabaseFaultTest {

    @TempDir
    Path work;

    @Test
    void anH2DatabaseHeldByAnotherProcessIsWaitedForThenRefusedWithOneLine() throws Exception {
        CliRun cli = new CliRun(work);
        Process holder = hold(cli.jdbcUrl(), 60);
        try {
            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14", "--db-wait", "1");

            assertThat(result.exitCode()).isEqualTo(DetenteCli.RUN_FAILED);
            assertThat(result.err()).contains("is in use by another process").contains("waited 1 s")
                    .hasLineCount(1);
            assertThat(cli.day("demo", "2022-02-14")).doesNotExist();
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anH2DatabaseReleasedWhileWaitingIsUsed() throws Exception {
        CliRun cli = new CliRun(work);
        Process holder = hold(cli.jdbcUrl(), 3);
        try {
            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14", "--db-wait", "60");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aSchemaNewerThanTheCodeIsRefusedWithOneLine(String kind) throws Exception {
        try (TestDatabase db = KillAndResumeTest.database(kind, work.resolve("db"))) {
            CliRun cli = new CliRun(work.resolve("work"), db);
            assertThat(cli.run("run", "--watch", "demo", "--date", "2022-02-13").exitCode()).isZero();
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                        + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", "
                        + "\"execution_time\", \"success\") VALUES (1000, '999', 'from the future', 'SQL', "
                        + "'V999__from_the_future.sql', 0, 'sa', 1, TRUE)");
            }

            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            assertThat(result.exitCode()).isEqualTo(DetenteCli.RUN_FAILED);
            assertThat(result.err()).startsWith("detente: the database schema is newer than this Detente")
                    .contains("999").hasLineCount(1);
            assertThat(cli.day("demo", "2022-02-14")).doesNotExist();
        }
    }

    private static Process hold(String url, int seconds) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldH2.class.getName(), url, String.valueOf(seconds))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("holding");
        return p;
    }
}
