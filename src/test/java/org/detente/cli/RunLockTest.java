package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One run per watch and date across every process sharing the database: the lock lives in the run_lock table, so
 * these tests play the other process by writing its row, as it would.
 */
class RunLockTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aDateHeldByALiveProcessIsNotRunTwice(String kind) throws Exception {
        try (TestDatabase db = KillAndResumeTest.database(kind, work.resolve("db"))) {
            CliRun cli = prepared(db);
            long otherPid = ProcessHandle.current().parent().orElseThrow().pid();
            hold(db, host() + "/" + otherPid + "/abcd1234", OffsetDateTime.now(ZoneOffset.UTC));

            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            assertThat(result.exitCode()).isEqualTo(DetenteCli.RUN_FAILED);
            assertThat(result.err()).contains("demo 2022-02-14 is being run by " + host() + "/" + otherPid)
                    .contains("not starting a second run").hasLineCount(1);
            assertThat(cli.day("demo", "2022-02-14")).doesNotExist();
            assertThat(lockOwners(db)).containsExactly(host() + "/" + otherPid + "/abcd1234");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aLockWhoseProcessOnThisHostIsGoneIsTakenOver(String kind) throws Exception {
        try (TestDatabase db = KillAndResumeTest.database(kind, work.resolve("db"))) {
            CliRun cli = prepared(db);
            Process gone = new ProcessBuilder("true").start();
            gone.waitFor();
            hold(db, host() + "/" + gone.pid() + "/abcd1234", OffsetDateTime.now(ZoneOffset.UTC));

            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(lockOwners(db)).as("released after the run").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aLockWithoutHeartbeatForMinutesIsTakenOverFromAnotherHost(String kind) throws Exception {
        try (TestDatabase db = KillAndResumeTest.database(kind, work.resolve("db"))) {
            CliRun cli = prepared(db);
            hold(db, "other-host/4242/abcd1234", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(3));

            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(lockOwners(db)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aLockWithARecentHeartbeatFromAnotherHostIsRespected(String kind) throws Exception {
        try (TestDatabase db = KillAndResumeTest.database(kind, work.resolve("db"))) {
            CliRun cli = prepared(db);
            hold(db, "other-host/4242/abcd1234", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(30));

            CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            assertThat(result.exitCode()).isEqualTo(DetenteCli.RUN_FAILED);
            assertThat(result.err()).contains("is being run by other-host/4242/abcd1234");
        }
    }

    /** A database with Detente's schema, made by a run of another date. */
    private CliRun prepared(TestDatabase db) throws Exception {
        CliRun cli = new CliRun(work.resolve("work"), db);
        CliRun.Result first = cli.run("run", "--watch", "demo", "--date", "2022-02-13");
        assertThat(first.exitCode()).as(first.err()).isZero();
        return cli;
    }

    private static void hold(TestDatabase db, String owner, OffsetDateTime heartbeat) throws Exception {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO run_lock (watch, run_date, owner, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, "demo");
            s.setObject(2, java.time.LocalDate.parse("2022-02-14"));
            s.setString(3, owner);
            s.setObject(4, heartbeat);
            s.setObject(5, heartbeat);
            s.executeUpdate();
        }
    }

    private static java.util.List<String> lockOwners(TestDatabase db) throws Exception {
        java.util.List<String> owners = new java.util.ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT owner FROM run_lock")) {
            while (rs.next()) {
                owners.add(rs.getString(1));
            }
        }
        return owners;
    }

    private static String host() throws Exception {
        return InetAddress.getLocalHost().getHostName();
    }
}
