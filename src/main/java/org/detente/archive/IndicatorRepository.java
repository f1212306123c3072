package org.detente.archive;

import java.time.LocalDate;
import java.util.List;
import org.detente.aggregate.DailyIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The indicator history: a date's rows are replaced as a whole, so reruns never duplicate them. */
public class IndicatorRepository {

    private final JdbcClient jdbc;

    public IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceDay(String watch, LocalDate date, List<DailyIndicator> rows) {
        jdbc.sql("DELETE FROM daily_indicator WHERE watch = :watch AND run_date = :date")
                .param("watch", watch).param("date", date).update();
        for (DailyIndicator r : rows) {
            jdbc.sql("""
                    INSERT INTO daily_indicator (watch, run_date, category, escalation_signals, de_escalation_signals,
                        escalation_intensity, de_escalation_intensity, net_index, articles, sources, lexicon_version)
                    VALUES (:watch, :date, :category, :esc, :deesc, :escI, :deescI, :net, :articles, :sources, :version)""")
                    .param("watch", r.watch()).param("date", r.date()).param("category", r.category())
                    .param("esc", r.escalationSignals()).param("deesc", r.deEscalationSignals())
                    .param("escI", r.escalationIntensity()).param("deescI", r.deEscalationIntensity())
                    .param("net", r.netIndex()).param("articles", r.articles()).param("sources", r.sources())
                    .param("version", r.lexiconVersion())
                    .update();
        }
    }

    /**
     * Every row of the watch, by date, then the total row last within a date. The whole history, also when an
     * earlier date is rerun: later dates stay in the history.
     */
    public List<DailyIndicator> history(String watch) {
        return jdbc.sql("""
                SELECT watch, run_date, category, escalation_signals, de_escalation_signals, escalation_intensity,
                       de_escalation_intensity, net_index, articles, sources, lexicon_version
                FROM daily_indicator WHERE watch = :watch
                ORDER BY run_date, CASE WHEN category = 'total' THEN 1 ELSE 0 END, category""")
                .param("watch", watch)
                .query((rs, n) -> new DailyIndicator(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getDouble(6), rs.getDouble(7),
                        rs.getDouble(8), rs.getInt(9), rs.getInt(10), rs.getString(11)))
                .list();
    }
}
