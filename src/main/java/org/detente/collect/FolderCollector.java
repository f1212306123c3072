package org.detente.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Collects the {@code .html} files of a local folder. A folder may hold years of pages: files whose size and
 * modification time are unchanged since they were stored are not read again, so each run touches only new files.
 */
public final class FolderCollector {

    /** What one pass over a folder found: new or changed pages, and files that could not be taken. */
    public record Result(List<CollectedPage> pages, List<CollectFailure> failures, int unchanged) {
    }

    private final Path jobsDir;
    private final PageDater dater;
    private final long maxBytes;
    private final Clock clock;

    public FolderCollector(Path jobsDir, PageDater dater, long maxBytes, Clock clock) {
        this.jobsDir = jobsDir;
        this.dater = dater;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * @param folder  the folder as written in the watch, relative to the jobs folder
     * @param accepts the source's include / exclude patterns, applied to the file name
     * @param known   stamps of the files already stored, by their {@code file:} URL
     */
    public Result collect(String source, String folder, Predicate<String> accepts, Map<String, FileStamp> known) {
        Path dir = jobsDir.resolve(folder);
        List<CollectedPage> pages = new ArrayList<>();
        List<CollectFailure> failures = new ArrayList<>();
        int unchanged = 0;
        for (Path file : htmlFiles(dir)) {
            String url = "file:" + folder.replaceAll("/+$", "") + "/" + dir.relativize(file).toString().replace('\\', '/');
            if (!accepts.test(file.getFileName().toString())) {
                continue;
            }
            try {
                BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                FileStamp stamp = new FileStamp(attrs.size(),
                        attrs.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MICROS));
                if (stamp.equals(known.get(url))) {
                    unchanged++;
                } else if (attrs.size() == 0) {
                    failures.add(new CollectFailure(url, "empty file"));
                } else if (attrs.size() > maxBytes) {
                    failures.add(new CollectFailure(url, "file larger than " + maxBytes + " bytes"));
                } else {
                    pages.add(read(source, url, file, stamp));
                }
            } catch (IOException e) {
                failures.add(new CollectFailure(url, "unreadable file: " + e.getMessage()));
            }
        }
        return new Result(pages, failures, unchanged);
    }

    private CollectedPage read(String source, String url, Path file, FileStamp stamp) throws IOException {
        byte[] content = Files.readAllBytes(file);
        return new CollectedPage(source, url, content, sha256(content), Instant.now(clock), stamp.size(),
                stamp.modified(), dater.dateOf(content, url).orElse(null));
    }

    private static List<Path> htmlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("source folder " + dir + " does not exist");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.html?$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list source folder " + dir + ": " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
