package org.detente.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.detente.collect.CollectedPage;
import org.detente.collect.FileStamp;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores each collected page once, keyed by watch, URL and content hash, and finds the pages of a date. */
public class RawPageRepository {

    private final JdbcClient jdbc;

    public RawPageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, FileStamp> stamps(String watch, String source) {
        Map<String, FileStamp> stamps = new HashMap<>();
        jdbc.sql("""
                SELECT url, origin_size, origin_modified FROM raw_page
                WHERE watch = :watch AND source = :source AND origin_size IS NOT NULL
                ORDER BY id""")
                .param("watch", watch).param("source", source)
                .query((rs, n) -> {
                    stamps.put(rs.getString(1), new FileStamp(rs.getLong(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant()));
                    return null;
                }).list();
        return stamps;
    }

    /** Adds the page unless the same bytes are stored for that URL already; then only its file stamp is refreshed. */
    public boolean store(String watch, CollectedPage page) {
        int updated = jdbc.sql("""
                UPDATE raw_page SET origin_size = :size, origin_modified = :modified
                WHERE watch = :watch AND url = :url AND content_sha256 = :sha""")
                .param("size", page.originSize()).param("modified", utc(page.originModified()))
                .param("watch", watch).param("url", page.url()).param("sha", page.sha256())
                .update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO raw_page (watch, source, url, content_sha256, content, fetched_at, origin_size,
                                      origin_modified, published_date)
                VALUES (:watch, :source, :url, :sha, :content, :fetched, :size, :modified, :published)""")
                .param("watch", watch).param("source", page.source()).param("url", page.url())
                .param("sha", page.sha256()).param("content", page.content())
                .param("fetched", utc(page.fetchedAt())).param("size", page.originSize())
                .param("modified", utc(page.originModified())).param("published", page.publishedDate())
                .update();
        return true;
    }

    /** The newest version of every page published on the date, in a stable order. */
    public List<Long> idsPublishedOn(String watch, LocalDate date) {
        return jdbc.sql("""
                SELECT MAX(id) FROM raw_page WHERE watch = :watch AND published_date = :date
                GROUP BY url ORDER BY MAX(id)""")
                .param("watch", watch).param("date", date)
                .query(Long.class).list();
    }

    public List<String> undatedUrls(String watch) {
        return jdbc.sql("SELECT DISTINCT url FROM raw_page WHERE watch = :watch AND published_date IS NULL ORDER BY url")
                .param("watch", watch).query(String.class).list();
    }

    public StoredPage find(long id) {
        return jdbc.sql("SELECT id, source, url, content FROM raw_page WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredPage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
