package org.detente.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Imports the HTML pages of existing WARC or WARC.gz files (from a web archive or another crawler): every successful
 * {@code response} record with an HTML payload. A damaged record or a truncated file is recorded and skipped; the
 * records around it are kept.
 */
public final class WarcImporter {

    /** What the files held: their pages, and what was skipped. */
    public record Result(List<CollectedPage> pages, List<CollectFailure> failures) {
    }

    private final Path jobsDir;
    private final PageDater dater;
    private final long maxBytes;

    public WarcImporter(Path jobsDir, PageDater dater, long maxBytes) {
        this.jobsDir = jobsDir;
        this.dater = dater;
        this.maxBytes = maxBytes;
    }

    /**
     * @param path    a WARC file or a folder of them, relative to the jobs folder
     * @param accepts the source's include / exclude patterns, applied to each record's URL
     */
    public Result read(String source, String path, Predicate<String> accepts) {
        List<CollectedPage> pages = new ArrayList<>();
        List<CollectFailure> failures = new ArrayList<>();
        for (Path file : files(jobsDir.resolve(path))) {
            String shown = "file:" + jobsDir.relativize(file).toString().replace('\\', '/');
            try {
                WarcRecords.read(file, (record, offset) -> {
                    if (record instanceof WarcResponse response) {
                        take(source, response, accepts, pages, failures);
                    }
                }, (offset, problem) -> failures.add(new CollectFailure(shown + "#" + offset,
                        "damaged WARC record skipped at byte " + offset + ": " + problem)));
            } catch (IOException e) {
                failures.add(new CollectFailure(shown, "unreadable WARC file: " + e.getMessage()));
            }
        }
        return new Result(pages, failures);
    }

    private void take(String source, WarcResponse response, Predicate<String> accepts, List<CollectedPage> pages,
                      List<CollectFailure> failures) throws IOException {
        String url = UrlCanonicalizer.canonical(response.target());
        if (!accepts.test(url)) {
            return;
        }
        HttpResponse http = response.http();
        String type = http.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (http.status() < 200 || http.status() >= 300 || !(type.startsWith("text/html")
                || type.startsWith("application/xhtml+xml"))) {
            return;   // redirects, errors, images, scripts: an archive holds many, none of them articles
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            failures.add(new CollectFailure(url, "too large: more than " + maxBytes + " bytes", http.status()));
            return;
        }
        byte[] content = ContentDecoder.toUtf8(body, type);
        Instant at = response.date();
        pages.add(new CollectedPage(source, url, content, FolderCollector.sha256(content), at, content.length, null,
                dater.dateOf(content, url).orElse(null)));
    }

    private static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.warc(\\.gz)?$"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list WARC folder " + path + ": " + e.getMessage(), e);
        }
    }
}
