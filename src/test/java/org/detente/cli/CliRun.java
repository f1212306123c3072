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

/** Runs the detente command in-process against a copy of the bundled jobs folder and a fresh H2 file database. */
final class CliRun {

    /** What one command printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    final Path jobs;
    final Path reports;
    final Path db;

    CliRun(Path workDir) throws IOException {
        this.jobs = workDir.resolve("jobs");
        this.reports = workDir.resolve("reports");
        this.db = workDir.resolve("db");
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
        return "jdbc:h2:file:" + db.resolve("detente").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    Path day(String watch, String date) {
        return reports.resolve(watch).resolve(date.substring(0, 4)).resolve(date);
    }

    private static void copy(Path from, Path to) throws IOException {
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
