package org.detente.archive;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.detente.score.Direction;
import org.detente.score.Signal;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The signals of each article; scoring an article again replaces its signals. */
public class SignalRepository {

    /** A stored signal with the article it belongs to. */
    public record StoredSignal(long articleId, Signal signal) {
    }

    private final JdbcClient jdbc;

    public SignalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(StoredArticle article, List<Signal> signals, String lexiconVersion) {
        jdbc.sql("DELETE FROM signal WHERE article_id = :id").param("id", article.id()).update();
        int seq = 0;
        for (Signal s : signals) {
            jdbc.sql("""
                    INSERT INTO signal (article_id, watch, run_date, seq, category, direction, intensity, sentence,
                                        start_offset, end_offset, evidence, rule_id, modifiers, lexicon_version)
                    VALUES (:article, :watch, :date, :seq, :category, :direction, :intensity, :sentence, :start,
                            :end, :evidence, :rule, :modifiers, :version)""")
                    .param("article", article.id()).param("watch", article.watch()).param("date", article.runDate())
                    .param("seq", seq++).param("category", s.category()).param("direction", s.direction().label())
                    .param("intensity", s.intensity()).param("sentence", s.sentence()).param("start", s.start())
                    .param("end", s.end()).param("evidence", s.evidence()).param("rule", s.rule())
                    .param("modifiers", String.join(";", s.modifiers())).param("version", lexiconVersion)
                    .update();
        }
    }

    /** The day's signals in article and text order. */
    public List<StoredSignal> forDay(String watch, LocalDate date) {
        return jdbc.sql("""
                SELECT s.article_id, s.category, s.direction, s.intensity, s.sentence, s.start_offset, s.end_offset,
                       s.evidence, s.rule_id, s.modifiers
                FROM signal s JOIN article a ON a.id = s.article_id
                WHERE s.watch = :watch AND s.run_date = :date
                ORDER BY a.raw_page_id, s.seq""")
                .param("watch", watch).param("date", date)
                .query((rs, n) -> new StoredSignal(rs.getLong(1), new Signal(rs.getString(2),
                        Direction.fromLabel(rs.getString(3)), rs.getDouble(4), rs.getString(5), rs.getInt(6),
                        rs.getInt(7), rs.getString(8), rs.getString(9), modifiers(rs.getString(10)))))
                .list();
    }

    /**
     * The day's signals as the aggregation needs them: article, category, direction and intensity, without the
     * sentence and evidence texts, which are most of a signal's size, so a busy day's tally stays small in memory.
     */
    public List<StoredSignal> weightsForDay(String watch, LocalDate date) {
        return jdbc.sql("""
                SELECT s.article_id, s.category, s.direction, s.intensity, s.rule_id FROM signal s
                JOIN article a ON a.id = s.article_id
                WHERE s.watch = :watch AND s.run_date = :date
                ORDER BY a.raw_page_id, s.seq""")
                .param("watch", watch).param("date", date)
                .withFetchSize(1000)
                .query((rs, n) -> new StoredSignal(rs.getLong(1), new Signal(rs.getString(2),
                        Direction.fromLabel(rs.getString(3)), rs.getDouble(4), "", 0, 0, "", rs.getString(5),
                        List.of())))
                .list();
    }

    private static List<String> modifiers(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }
}
