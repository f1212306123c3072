package org.detente.archive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dated entries of live-blog articles. */
public class ArticleEntryRepository {

    /** One entry: when it was posted and its paragraphs, one per line. */
    public record Entry(OffsetDateTime time, String text) {
    }

    private final JdbcClient jdbc;

    public ArticleEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the entries of the article read from the raw page for the date (the article must be saved first). */
    public void save(String watch, LocalDate date, long rawPageId, List<Entry> entries) {
        long articleId = jdbc.sql("SELECT id FROM article WHERE watch = :watch AND run_date = :date "
                        + "AND raw_page_id = :page")
                .param("watch", watch).param("date", date).param("page", rawPageId).query(Long.class).single();
        jdbc.sql("DELETE FROM article_entry WHERE article_id = :id").param("id", articleId).update();
        for (int i = 0; i < entries.size(); i++) {
            jdbc.sql("INSERT INTO article_entry (article_id, position, entry_time, body) "
                            + "VALUES (:id, :position, :time, :body)")
                    .param("id", articleId).param("position", i + 1).param("time", entries.get(i).time())
                    .param("body", entries.get(i).text()).update();
        }
    }

    /** The entries of an article in page order. */
    public List<Entry> of(long articleId) {
        return jdbc.sql("SELECT entry_time, body FROM article_entry WHERE article_id = :id ORDER BY position")
                .param("id", articleId)
                .query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class), rs.getString(2))).list();
    }
}
