package org.detente.archive;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Clears what a run derived for a date (never the raw pages), so a rerun replaces the date's results. */
public class DayRepository {

    private final JdbcClient jdbc;

    public DayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void clear(String watch, LocalDate date) {
        for (String table : new String[] {"signal", "article", "daily_indicator", "failure"}) {
            // table names come from the fixed list above, never from input
            jdbc.sql("DELETE FROM " + table + " WHERE watch = :watch AND run_date = :date")
                    .param("watch", watch).param("date", date).update();
        }
    }
}
