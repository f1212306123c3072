package org.detente.archive;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The metadata fields of each article with the place on the page each was read. */
public class ArticleFieldRepository {

    /** One field of an article: its value and where it came from. */
    public record Field(String value, String source) {
    }

    private static final int MAX_VALUE = 2000;

    private final JdbcClient jdbc;

    public ArticleFieldRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the fields of the article read from the raw page for the date (the article must be saved first). */
    public void save(String watch, LocalDate date, long rawPageId, Map<String, Field> fields) {
        long articleId = jdbc.sql("SELECT id FROM article WHERE watch = :watch AND run_date = :date "
                        + "AND raw_page_id = :page")
                .param("watch", watch).param("date", date).param("page", rawPageId).query(Long.class).single();
        jdbc.sql("DELETE FROM article_field WHERE article_id = :id").param("id", articleId).update();
        for (Map.Entry<String, Field> f : fields.entrySet()) {
            String value = f.getValue().value();
            jdbc.sql("INSERT INTO article_field (article_id, field, field_value, source) "
                            + "VALUES (:id, :field, :value, :source)")
                    .param("id", articleId).param("field", f.getKey())
                    .param("value", value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value)
                    .param("source", f.getValue().source()).update();
        }
    }
}
