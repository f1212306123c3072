package org.detente.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Files;
import org.detente.archive.FetchLogRepository;
import org.detente.collect.ArchiveRetention;
import org.detente.collect.ArchivingFetcher;
import org.detente.collect.CollectFailure;
import org.detente.collect.FetchSettings;
import org.detente.collect.PageDater;
import org.detente.collect.WarcDay;
import org.detente.collect.WebCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.detente.watch.SourceSpec;
import org.detente.watch.Watch;

/**
 * The web part of collect: feeds, sitemaps and listings through the archiving fetcher, which answers from the date's
 * web archive on a rerun (unless a refetch was asked for) and indexes every live fetch in the database.
 */
final class WebCollectStep {

    private static final Logger log = LoggerFactory.getLogger(WebCollectStep.class);

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
        Path archiveRoot = archiveRoot(watch, jobsDir);
        ArchiveRetention retention = new ArchiveRetention(archiveRoot, watch.settings().integer("archive.retention-days"));
        if (!refetch && wasPruned(watch, date, archiveRoot)) {
            // The date's pages are still in the database and extract reads them from there; going to the network
            // instead would mix today's versions of the pages into a past day.
            return new WebCollector.Result(List.of(), List.of(new CollectFailure(sourceNames(sources),
                    "web sources not read: the date's web archive was deleted by archive.retention-days; its stored "
                            + "pages are used (--refetch reads the web again)")));
        }
        FetchSettings settings = FetchSettings.from(watch.settings());
        Map<String, ArchivingFetcher.Previous> previous = stillArchived(
                fetchLog.previousSince(watch.id(), date.minusDays(30)), archiveRoot);
        WebCollector.Result result;
        try (ArchivingFetcher fetcher = new ArchivingFetcher(settings, archiveRoot, watch.id(), date,
                refetch, previous::get, Clock.systemUTC())) {
            try {
                result = new WebCollector(fetcher, watch.timezone(), dater).collect(sources, date);
            } finally {
                fetcher.close();
                fetchLog.record(watch.id(), date, fetcher.drainArchived());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("web archive of " + watch.id() + " for " + date + ": " + e.getMessage(), e);
        }
        for (Path file : retention.prune(watch.id(), date)) {
            log.info("{} {}: deleted the expired web archive file {}", watch.id(), date, archiveRoot.relativize(file));
        }
        return result;
    }

    /** Fetched live once (the database says so) but without files now: retention took them. */
    private boolean wasPruned(Watch watch, LocalDate date, Path archiveRoot) {
        return fetchLog.count(watch.id(), date) > 0 && WarcDay.files(archiveRoot, watch.id(), date).isEmpty();
    }

    /** Validators whose archived body is gone are useless: a 304 would leave nothing to read. */
    private static Map<String, ArchivingFetcher.Previous> stillArchived(Map<String, ArchivingFetcher.Previous> previous,
                                                                        Path archiveRoot) {
        // Many URLs share a day's file: ask the file system once per file, not once per URL.
        Map<String, Boolean> present = new HashMap<>();
        Map<String, ArchivingFetcher.Previous> kept = new HashMap<>();
        previous.forEach((url, p) -> {
            if (p.warcFile() != null && present.computeIfAbsent(p.warcFile(),
                    file -> Files.isRegularFile(archiveRoot.resolve(file)))) {
                kept.put(url, p);
            }
        });
        return kept;
    }

    private static String sourceNames(List<SourceSpec> sources) {
        return String.join(", ", sources.stream().map(SourceSpec::name).toList());
    }
}
