package org.detente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs the detente command in-process against a copy of the bundled jobs folder and a fresh database (H2 by default). */
final class CliRun {

    /** What one command printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    final Path jobs;
    final Path reports;
    final Path db;
    final TestDatabase database;

    CliRun(Path workDir) throws IOException {
        this(workDir, TestDatabase.h2(workDir.resolve("db")));
    }

    CliRun(Path workDir, TestDatabase database) throws IOException {
        this.jobs = workDir.resolve("jobs");
        this.reports = workDir.resolve("reports");
        this.db = workDir.resolve("db");
        this.database = database;
        copy(Path.of("jobs"), jobs);
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && !all.contains("--help")) {
            all.addAll(List.of("--jobs", jobs.toString(), "--reports", reports.toString(), "--db", jdbcUrl()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DetenteCli.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    String jdbcUrl() {
        return database.url();
    }

    Path day(String watch, String date) {
        return reports.resolve(watch).resolve(date.substring(0, 4)).resolve(date);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
