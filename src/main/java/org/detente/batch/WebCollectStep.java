package org.detente.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.detente.archive.FetchLogRepository;
import org.detente.collect.ArchivingFetcher;
import org.detente.collect.FetchSettings;
import org.detente.collect.PageDater;
import org.detente.collect.WebCollector;
import org.detente.watch.SourceSpec;
import org.detente.watch.Watch;

/**
 * The web part of collect: feeds, sitemaps and listings through the archiving fetcher, which answers from the date's
 * web archive on a rerun (unless a refetch was asked for) and indexes every live fetch in the database.
 */
final class WebCollectStep {

    static final List<String> TYPES = List.of("feed", "sitemap", "listing");

    private final FetchLogRepository fetchLog;
    private final boolean refetch;

    WebCollectStep(FetchLogRepository fetchLog, boolean refetch) {
        this.fetchLog = fetchLog;
        this.refetch = refetch;
    }

    /** The archive folder of the watch's settings, relative to the folder that holds the jobs folder. */
    static Path archiveRoot(Watch watch, Path jobsDir) {
        Path home = jobsDir.toAbsolutePath().normalize().getParent();
        return home.resolve(watch.settings().string("archive.folder"));
    }

    WebCollector.Result collect(Watch watch, LocalDate date, Path jobsDir, List<SourceSpec> sources, PageDater dater)
            throws InterruptedException {
        FetchSettings settings = FetchSettings.from(watch.settings());
        java.util.Map<String, ArchivingFetcher.Previous> previous = fetchLog.previousSince(watch.id(),
                date.minusDays(30));
        try (ArchivingFetcher fetcher = new ArchivingFetcher(settings, archiveRoot(watch, jobsDir), watch.id(), date,
                refetch, previous::get, Clock.systemUTC())) {
            WebCollector.Result result;
            try {
                result = new WebCollector(fetcher, watch.timezone(), dater).collect(sources, date);
            } finally {
                fetcher.close();
                fetchLog.record(watch.id(), date, fetcher.drainArchived());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("web archive of " + watch.id() + " for " + date + ": " + e.getMessage(), e);
        }
    }
}
