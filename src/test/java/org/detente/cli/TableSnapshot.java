package org.detente.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Detente's tables hold, without the values that differ between two equal runs (generated ids and fetch
 * times): every row as text, in a stable order, per table. Equal snapshots mean equal contents and no duplicates.
 */
final class TableSnapshot {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("raw_page", "SELECT watch, source, url, content_sha256, published_date FROM raw_page");
        QUERIES.put("article", "SELECT a.watch, a.run_date, p.url, a.outlet, a.title, a.published, a.language, "
                + "a.story_id, a.fingerprint, a.body FROM article a JOIN raw_page p ON p.id = a.raw_page_id");
        QUERIES.put("signal", "SELECT s.watch, s.run_date, p.url, s.seq, s.category, s.direction, s.intensity, "
                + "s.start_offset, s.end_offset, s.evidence, s.rule_id, s.modifiers, s.lexicon_version "
                + "FROM signal s JOIN article a ON a.id = s.article_id JOIN raw_page p ON p.id = a.raw_page_id");
        QUERIES.put("daily_indicator", "SELECT * FROM daily_indicator");
        QUERIES.put("failure", "SELECT watch, run_date, url, stage, reason FROM failure");
        QUERIES.put("run_lock", "SELECT watch, run_date FROM run_lock");
    }

    private TableSnapshot() {
    }

    static Map<String, List<String>> of(Connection c) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (Map.Entry<String, String> q : QUERIES.entrySet()) {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q.getValue())) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.append(i > 1 ? " | " : "").append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            tables.put(q.getKey(), rows);
        }
        return tables;
    }
}
