package org.detente.archive;

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

    /** Stores the fields of a newly saved article. */
    public void save(long articleId, Map<String, Field> fields) {
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
