package org.detente.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.detente.extract.StoryFolder.KnownStory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The articles of each watch and run date. */
public class ArticleRepository {

    private static final String COLUMNS = "id, watch, run_date, raw_page_id, url, outlet, title, published, language, "
            + "body, story_id, fingerprint";

    private final JdbcClient jdbc;

    public ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the article, or replaces the one read from the same raw page for the same date (its fields and
     * entries go with it), and returns its new id.
     */
    public long save(StoredArticle a) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("DELETE FROM article WHERE watch = :watch AND run_date = :date AND raw_page_id = :page")
                .param("watch", a.watch()).param("date", a.runDate()).param("page", a.rawPageId()).update();
        jdbc.sql("INSERT INTO article (watch, run_date, raw_page_id, url, outlet, title, published, language, body, "
                        + "story_id, fingerprint) VALUES (:watch, :date, :page, :url, :outlet, :title, :published, "
                        + ":language, :body, :story, :fingerprint)")
                .param("watch", a.watch()).param("date", a.runDate()).param("page", a.rawPageId())
                .param("url", a.url()).param("outlet", a.outlet()).param("title", a.title())
                .param("published", a.published()).param("language", a.language()).param("body", a.text())
                .param("story", a.storyId()).param("fingerprint", a.fingerprint())
                .update(id, "id");
        return id.getKeyAs(Number.class).longValue();
    }

    /** One known story per story id, in the order its first article was stored. */
    public List<KnownStory> stories(String watch, LocalDate date) {
        return jdbc.sql("""
                SELECT story_id, fingerprint FROM article a
                WHERE watch = :watch AND run_date = :date
                  AND id = (SELECT MIN(id) FROM article b WHERE b.watch = a.watch AND b.run_date = a.run_date
                            AND b.story_id = a.story_id)
                ORDER BY id""")
                .param("watch", watch).param("date", date)
                .query((rs, n) -> new KnownStory(rs.getString(1), rs.getLong(2))).list();
    }

    public List<Long> ids(String watch, LocalDate date) {
        return jdbc.sql("SELECT id FROM article WHERE watch = :watch AND run_date = :date ORDER BY raw_page_id")
                .param("watch", watch).param("date", date).query(Long.class).list();
    }

    public StoredArticle find(long id, ZoneId zone) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs, zone)).single();
    }

    /** The day's articles in a stable order (by raw page), publication times in the watch's zone. */
    public List<StoredArticle> forDay(String watch, LocalDate date, ZoneId zone) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE watch = :watch AND run_date = :date "
                        + "ORDER BY raw_page_id")
                .param("watch", watch).param("date", date)
                .query((rs, n) -> map(rs, zone)).list();
    }

    /** An article as the aggregation counts it. */
    public record ArticleKey(long id, String storyId, String outlet) {
    }

    /** The day's articles by raw page, without their texts, so a busy day's tally stays small in memory. */
    public List<ArticleKey> keysForDay(String watch, LocalDate date) {
        return jdbc.sql("SELECT id, story_id, outlet FROM article WHERE watch = :watch AND run_date = :date "
                        + "ORDER BY raw_page_id")
                .param("watch", watch).param("date", date)
                .query((rs, n) -> new ArticleKey(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private static StoredArticle map(ResultSet rs, ZoneId zone) throws SQLException {
        OffsetDateTime published = rs.getObject("published", OffsetDateTime.class);
        return new StoredArticle(rs.getLong("id"), rs.getString("watch"), rs.getObject("run_date", LocalDate.class),
                rs.getLong("raw_page_id"), rs.getString("url"), rs.getString("outlet"), rs.getString("title"),
                published.atZoneSameInstant(zone).toOffsetDateTime(), rs.getString("language"),
                rs.getString("body"), rs.getString("story_id"), rs.getLong("fingerprint"));
    }
}
