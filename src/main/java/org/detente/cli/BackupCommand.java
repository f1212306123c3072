package org.detente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code detente backup}: a consistent copy of the H2 database, made by H2 itself while it is open: {@code BACKUP}
 * (a zip of the database file, restored by unzipping it) or, with {@code --sql}, {@code SCRIPT} (a gzipped SQL
 * script, restored with RUNSCRIPT, which also carries the data to a newer H2 version).
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent copy of the H2 database to a new file under --to. "
                + "PostgreSQL databases are backed up with pg_dump instead (see docs/operations.md).")
class BackupCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "DIR", defaultValue = "backups",
            description = "Folder the backup file is written to (default: ${DEFAULT-VALUE}).")
    String to;

    @Option(names = "--sql", description = "Write a gzipped SQL script (SCRIPT) instead of a zip of the database "
            + "file (BACKUP): slower and larger, but readable by any later H2 version.")
    boolean sql;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws IOException, SQLException {
        String url = String.valueOf(options.springProperties().get("spring.datasource.url"));
        if (!url.startsWith("jdbc:h2:file:")) {
            throw new UserInputException("backup copies H2 file databases; " + url.replaceFirst("\\?.*", "")
                    + " is not one (back up PostgreSQL with pg_dump, see docs/operations.md)");
        }
        Application.waitForH2(url, options.dbWait());
        Path dir = Home.resolve(to).toAbsolutePath();
        Files.createDirectories(dir);
        Path target = dir.resolve("detente-" + STAMP.format(LocalDateTime.now()) + (sql ? ".sql.gz" : ".zip"));
        Path temp = dir.resolve("." + target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        // IFEXISTS: a mistyped --db must not create an empty database and back that up
        try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", user(), password());
             Statement s = c.createStatement()) {
            s.execute((sql ? "SCRIPT TO " : "BACKUP TO ") + quoted(temp) + (sql ? " COMPRESSION GZIP" : ""));
        } catch (SQLException e) {
            Files.deleteIfExists(temp);
            throw new SQLException("backup of " + url.replaceFirst(";.*", "") + " failed: "
                    + e.getMessage().replaceAll("\\s+", " "), e);
        }
        // the file appears under its name only when it is complete
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().printf(Locale.ROOT, "backup written: %s (%,d bytes)%n", target, Files.size(target));
        return 0;
    }

    private static String quoted(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }

    private static String user() {
        String user = System.getenv("DETENTE_DB_USER");
        return user == null || user.isBlank() ? "sa" : user;
    }

    private static String password() {
        String password = System.getenv("DETENTE_DB_PASSWORD");
        return password == null ? "" : password;
    }
}
