package org.detente.collect;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Fetches through the web archive. A URL already archived for the day is answered from the archive, exactly as it was
 * fetched, failures included, unless a refetch was asked for; any other URL is fetched live and its exchanges and
 * outcome are written to a new WARC file of the day.
 */
public final class ArchivingFetcher implements Closeable {

    /** Validators and where the body of an earlier successful fetch of a URL lies in the archive. */
    public record Previous(String etag, String lastModified, String warcFile, long offset) {
    }

    /** Finds the earlier fetch of a URL, or null. */
    @FunctionalInterface
    public interface PreviousLookup {
        Previous find(String url);
    }

    /** A live fetch and where its outcome and final response were archived, for the database index. */
    public record Archived(FetchResult result, WarcDayWriter.Location outcome, WarcDayWriter.Location response) {
    }

    private final FetchSettings settings;
    private final Path archiveRoot;
    private final String watch;
    private final LocalDate date;
    private final WarcDay replay;
    private final PreviousLookup previous;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Archived> archived = new ConcurrentLinkedQueue<>();
    private HttpFetcher http;
    private WarcDayWriter writer;

    /**
     * @param refetch fetch every URL live even when the day's archive holds it
     */
    public ArchivingFetcher(FetchSettings settings, Path archiveRoot, String watch, LocalDate date, boolean refetch,
                            PreviousLookup previous, Clock clock) throws IOException {
        this.settings = settings;
        this.archiveRoot = archiveRoot;
        this.watch = watch;
        this.date = date;
        this.replay = refetch ? null : WarcDay.load(archiveRoot, watch, date);
        this.previous = previous;
        this.clock = clock;
    }

    /** Damaged records met in the day's archive (each is fetched again instead). */
    public List<String> damage() {
        return replay == null ? List.of() : replay.damage();
    }

    public FetchSettings settings() {
        return settings;
    }

    public FetchResult fetch(String url) throws InterruptedException {
        if (replay != null && replay.has(url)) {
            try {
                return replay.replay(url, settings.maxBodyBytes());
            } catch (IOException | RuntimeException e) {
                return FetchResult.failed(url, url, 0, clock.instant(), "archived fetch unreadable: " + e.getMessage(),
                        List.of());
            }
        }
        FetchResult result = live().fetch(url, validators(url));
        WarcDayWriter w = writer();
        WarcDayWriter.Location outcome = w.outcome(result);
        WarcDayWriter.Location response = result.ok() && !result.notModified() && result.last() != null
                ? w.location(result.last().recordId()) : null;
        archived.add(new Archived(result, outcome, response));
        return result;
    }

    /** The live fetches so far, in the order they finished; each once. */
    public List<Archived> drainArchived() {
        List<Archived> out = new java.util.ArrayList<>();
        for (Archived a; (a = archived.poll()) != null; ) {
            out.add(a);
        }
        return out;
    }

    private HttpFetcher.Validators validators(String url) {
        Previous p = previous.find(url);
        if (p == null || (p.etag() == null && p.lastModified() == null)) {
            return null;
        }
        try {
            Exchange ex = WarcRecords.readAt(archiveRoot.resolve(p.warcFile()), p.offset(),
                    r -> WarcDay.exchange(r, r.body().stream().readAllBytes()));
            byte[] body = ContentDecoder.decode(ex.rawBody(), ex.header("Content-Encoding"), settings.maxBodyBytes());
            return new HttpFetcher.Validators(p.etag(), p.lastModified(), body, ex.contentType());
        } catch (IOException | RuntimeException e) {
            return null;   // the earlier body is gone: fetch the whole page again
        }
    }

    private synchronized HttpFetcher live() {
        if (http == null) {
            http = new HttpFetcher(settings, ex -> writer().write(ex), clock);
        }
        return http;
    }

    private synchronized WarcDayWriter writer() {
        if (writer == null) {
            try {
                writer = WarcDayWriter.openNext(archiveRoot, watch, date);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open a web archive file under " + archiveRoot + ": "
                        + e.getMessage(), e);
            }
        }
        return writer;
    }

    @Override
    public synchronized void close() throws IOException {
        if (http != null) {
            http.close();
            http = null;
        }
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
