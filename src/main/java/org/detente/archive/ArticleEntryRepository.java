package org.detente.archive;

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

    /** Stores the entries of a newly saved article, in page order. */
    public void save(long articleId, List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            jdbc.sql("INSERT INTO article_entry (article_id, position, entry_time, body) "
                            + "VALUES (:id, :position, :time, :body)")
                    .param("id", articleId).param("position", i + 1).param("time", entries.get(i).time())
                    .param("body", entries.get(i).text()).update();
        }
    }
}
