package org.detente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.concurrent.Callable;
import org.detente.extract.ArticleExtractor;
import org.detente.extract.ExtractedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code detente extract}: the text and metadata of saved pages as JSON Lines, one object per file in input order,
 * all in one process so hundreds of pages cost one start-up. A file that cannot be read gets an object with an
 * {@code error} and a line on standard error; the others are still read.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the main text and metadata of saved HTML pages, one JSON object per file and line.")
class ExtractCommand implements Callable<Integer> {

    private static final int GZIP_BUFFER = 1 << 16;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE.html",
            description = "Saved pages (.html, or .html.gz unpacked on the fly), read in this order.")
    List<Path> files;

    @Option(names = "--url", paramLabel = "URL",
            description = "Address the pages came from: resolves relative links and stands in for a missing "
                    + "canonical URL (default: each file's own file: URI).")
    String url;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone for page times given without an offset (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--timing",
            description = "Print to standard error how many pages per second were read, counting from JVM start.")
    boolean timing;

    @Override
    public Integer call() throws IOException {
        ArticleExtractor extractor = new ArticleExtractor(zoneId());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        try (PageJsonWriter json = new PageJsonWriter(out)) {
            for (Path file : files) {
                try {
                    byte[] html = read(file);
                    ExtractedPage page = extractor.read(html, url != null ? url : file.toUri().toString());
                    json.page(file.toString(), page);
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    failed++;
                    String reason = reason(e);
                    err.println("detente: " + file + ": " + reason);
                    json.failure(file.toString(), reason);
                }
            }
        }
        if (timing) {
            double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
            err.printf(Locale.ROOT, "detente: %d pages in %.2f s since JVM start: %.1f pages/s%n", files.size(),
                    seconds, files.size() / seconds);
        }
        return failed == 0 ? 0 : DetenteCli.RUN_FAILED;
    }

    /** The page's bytes; a {@code .gz} file (as saved by archiving tools) is unpacked. */
    private static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        // a larger buffer than the 512 bytes GZIPInputStream reads by default: a sixth off the unpacking time
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), GZIP_BUFFER)) {
            return in.readAllBytes();
        }
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UserInputException("--zone: not a time zone: " + zone);
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
