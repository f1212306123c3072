package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup restores, the way docs/operations.md says, to a database with the same contents that runs on. */
class BackupTest {

    @TempDir
    Path work;
    CliRun cli;
    Map<String, List<String>> original;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(work.resolve("live"));
        assertThat(cli.run("run", "--watch", "demo", "--from", "2022-02-13", "--to", "2022-02-14").exitCode()).isZero();
        try (Connection c = cli.database.connect()) {
            original = TableSnapshot.of(c);
        }
    }

    @Test
    void aZipBackupUnzippedIntoAnEmptyFolderIsTheSameDatabase() throws Exception {
        CliRun.Result result = cli.run("backup", "--to", work.resolve("backups").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path zip = written(result);
        assertThat(zip.getFileName().toString()).matches("detente-\\d{8}-\\d{6}\\.zip");
        Path restored = work.resolve("restored");
        unzip(zip, restored);
        TestDatabase copy = TestDatabase.h2(restored);
        try (Connection c = copy.connect()) {
            assertThat(TableSnapshot.of(c)).isEqualTo(original);
        }
        CliRun onCopy = new CliRun(work.resolve("after"), copy);
        assertThat(onCopy.run("status").out()).containsPattern("demo +2022-02-14 +daily +COMPLETED");
        assertThat(onCopy.run("run", "--watch", "demo", "--date", "2022-02-14").out()).contains("(rerun 1)");
    }

    @Test
    void anSqlBackupRunIntoAnEmptyDatabaseIsTheSameDatabase() throws Exception {
        CliRun.Result result = cli.run("backup", "--sql", "--to", work.resolve("backups").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path script = written(result);
        assertThat(script.getFileName().toString()).endsWith(".sql.gz");
        String url = "jdbc:h2:file:" + work.resolve("restored/detente").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + script + "' COMPRESSION GZIP");
            assertThat(TableSnapshot.of(c)).isEqualTo(original);
        }
    }

    @Test
    void leavesNoFileBehindWhenItFails() throws Exception {
        CliRun missing = new CliRun(work.resolve("other"), TestDatabase.h2(work.resolve("nowhere")));

        CliRun.Result result = missing.run("backup", "--to", work.resolve("backups").toString());

        assertThat(result.exitCode()).isEqualTo(DetenteCli.RUN_FAILED);
        assertThat(result.err()).contains("backup of jdbc:h2:file:").contains("not found").hasLineCount(1);
        try (var files = Files.list(work.resolve("backups"))) {
            assertThat(files).isEmpty();
        }
        assertThat(work.resolve("nowhere")).doesNotExist();
    }

    @Test
    void refusesAPostgresqlDatabaseNamingPgDump() throws Exception {
        try (TestDatabase postgres = TestDatabase.postgres()) {
            CliRun onPostgres = new CliRun(work.resolve("pg"), postgres);

            CliRun.Result result = onPostgres.run("backup");

            assertThat(result.exitCode()).isEqualTo(DetenteCli.BAD_INPUT);
            assertThat(result.err()).contains("pg_dump").doesNotContain("password").hasLineCount(1);
        }
    }


    private static Path written(CliRun.Result result) {
        Matcher m = Pattern.compile("backup written: (\\S+) \\(").matcher(result.out());
        assertThat(m.find()).as(result.out()).isTrue();
        Path file = Path.of(m.group(1));
        assertThat(file).isNotEmptyFile();
        return file;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                Files.copy(z, into.resolve(Path.of(e.getName()).getFileName()));
            }
        }
    }
}
