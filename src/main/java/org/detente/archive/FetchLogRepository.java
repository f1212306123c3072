package org.detente.archive;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.detente.collect.ArchivingFetcher;
import org.detente.collect.FetchResult;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database index of the web archive: where each live fetch lies, and validators for conditional GETs. */
public class FetchLogRepository {

    private final JdbcClient jdbc;

    public FetchLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String watch, LocalDate date, List<ArchivingFetcher.Archived> fetches) {
        for (ArchivingFetcher.Archived a : fetches) {
            FetchResult r = a.result();
            String outcome = r.ok() ? (r.notModified() ? "not-modified" : "ok") : "failed";
            String etag = r.last() == null ? null : r.last().header("ETag");
            String lastModified = r.last() == null ? null : r.last().header("Last-Modified");
            jdbc.sql("""
                    INSERT INTO fetch_log (watch, run_date, url, final_url, status, outcome, error, etag, last_modified,
                                           warc_file, outcome_offset, response_offset, fetched_at)
                    VALUES (:watch, :date, :url, :finalUrl, :status, :outcome, :error, :etag, :lastModified,
                            :file, :outcomeOffset, :responseOffset, :fetchedAt)""")
                    .param("watch", watch).param("date", date).param("url", cut(r.url(), 2000))
                    .param("finalUrl", cut(r.finalUrl(), 2000)).param("status", r.status()).param("outcome", outcome)
                    .param("error", cut(r.error(), 2000)).param("etag", cut(etag, 1000))
                    .param("lastModified", cut(lastModified, 100)).param("file", a.outcome().file())
                    .param("outcomeOffset", a.outcome().offset())
                    .param("responseOffset", a.response() == null ? null : a.response().offset())
                    .param("fetchedAt", r.fetchedAt().atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    /** The newest successful full fetch of the URL that left validators, or null. */
    public ArchivingFetcher.Previous previous(String watch, String url) {
        return jdbc.sql("""
                SELECT etag, last_modified, warc_file, response_offset FROM fetch_log
                WHERE watch = :watch AND url = :url AND outcome = 'ok' AND response_offset IS NOT NULL
                  AND (etag IS NOT NULL OR last_modified IS NOT NULL)
                ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("watch", watch).param("url", url)
                .query((rs, n) -> new ArchivingFetcher.Previous(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4)))
                .optional().orElse(null);
    }

    /**
     * The newest successful full fetch that left validators of each URL fetched since the date: read at once, before
     * fetching starts, so that fetch threads never touch the database.
     */
    public java.util.Map<String, ArchivingFetcher.Previous> previousSince(String watch, LocalDate since) {
        java.util.Map<String, ArchivingFetcher.Previous> previous = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT url, etag, last_modified, warc_file, response_offset FROM fetch_log
                WHERE watch = :watch AND run_date >= :since AND outcome = 'ok' AND response_offset IS NOT NULL
                  AND (etag IS NOT NULL OR last_modified IS NOT NULL)
                ORDER BY id""")
                .param("watch", watch).param("since", since)
                .query((rs, n) -> previous.put(rs.getString(1), new ArchivingFetcher.Previous(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5))))
                .list();
        return previous;
    }

    /** How many URLs were fetched live for the date (all runs). */
    public int count(String watch, LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM fetch_log WHERE watch = :watch AND run_date = :date")
                .param("watch", watch).param("date", date).query(Integer.class).single();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
