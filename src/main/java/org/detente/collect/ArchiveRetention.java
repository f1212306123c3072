package org.detente.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Deletes the web archive files of a watch's days that fall out of its retention window. The window is counted back
 * from the date being run, not from the clock, so that a backfill of old dates never deletes what a later date kept
 * and the same runs always leave the same files.
 */
public final class ArchiveRetention {

    private static final Pattern DAY_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-\\d{3,}\\.warc\\.gz");

    private final Path archiveRoot;
    private final int retentionDays;

    /** {@code retentionDays} of 0 keeps every file for ever. */
    public ArchiveRetention(Path archiveRoot, int retentionDays) {
        if (retentionDays < 0) {
            throw new IllegalArgumentException("archive.retention-days must be 0 (keep for ever) or more, not "
                    + retentionDays);
        }
        this.archiveRoot = archiveRoot;
        this.retentionDays = retentionDays;
    }

    /** The first day kept when the given date runs, if anything is ever deleted. */
    public Optional<LocalDate> firstKept(LocalDate runDate) {
        return retentionDays == 0 ? Optional.empty() : Optional.of(runDate.minusDays(retentionDays - 1L));
    }

    /** Deletes the watch's day files older than the window of {@code runDate}; returns them, oldest first. */
    public List<Path> prune(String watch, LocalDate runDate) {
        Optional<LocalDate> keepFrom = firstKept(runDate);
        Path watchDir = archiveRoot.resolve(watch);
        if (keepFrom.isEmpty() || !Files.isDirectory(watchDir)) {
            return List.of();
        }
        List<Path> deleted = new ArrayList<>();
        for (Path file : dayFiles(watchDir)) {
            Optional<LocalDate> day = dayOf(file);
            if (day.isPresent() && day.get().isBefore(keepFrom.get())) {
                delete(file);
                deleted.add(file);
            }
        }
        deleted.forEach(file -> deleteIfEmpty(file.getParent()));
        return deleted;
    }

    private static List<Path> dayFiles(Path watchDir) {
        try (Stream<Path> files = Files.walk(watchDir, 2)) {
            return files.filter(Files::isRegularFile).filter(f -> dayOf(f).isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the web archive folder " + watchDir + ": " + e.getMessage(), e);
        }
    }

    static Optional<LocalDate> dayOf(Path file) {
        Matcher m = DAY_FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the expired web archive file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static void deleteIfEmpty(Path dir) {
        try (Stream<Path> left = Files.list(dir)) {
            if (left.findAny().isEmpty()) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // An empty year folder left behind costs nothing; the files themselves are gone.
        }
    }
}
