package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredMetadataSourcesTest {

    @TempDir
    Path work;

    @Test
    void eachStoredArticleKeepsItsMetadataFieldsWithWhereTheyWereReadAndARerunReplacesThem() throws Exception {
        CliRun cli = new CliRun(work);
        assertThat(cli.run("run", "--watch", "demo", "--date", "2022-02-14").exitCode()).isZero();
        assertThat(cli.run("run", "--watch", "demo", "--date", "2022-02-14").exitCode()).isZero();

        Map<String, String> seed = fieldsOfTheSeedArticle(cli);

        assertThat(seed).containsEntry("published", "2022-02-14T11:20:00+02:00 <- json-ld:datePublished")
                .containsEntry("language", "en <- html:lang")
                .containsKeys("title", "author", "canonical", "site_name");
        assertThat(duplicateFieldRows(cli)).isZero();
    }

    private static Map<String, String> fieldsOfTheSeedArticle(CliRun cli) throws SQLException, IOException {
        Map<String, String> fields = new HashMap<>();
        try (Connection c = DriverManager.getConnection(cli.jdbcUrl(), "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT f.field, f.field_value, f.source FROM article_field f "
                     + "JOIN article a ON a.id = f.article_id WHERE a.url LIKE 'https://english.mubasher.info/%'")) {
            while (rs.next()) {
                fields.put(rs.getString(1), rs.getString(2) + " <- " + rs.getString(3));
            }
        }
        return fields;
    }

    private static int duplicateFieldRows(CliRun cli) throws SQLException {
        try (Connection c = DriverManager.getConnection(cli.jdbcUrl(), "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) - (SELECT COUNT(*) FROM article) * 6 FROM article_field")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
