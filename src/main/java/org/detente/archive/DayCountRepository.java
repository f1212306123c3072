package org.detente.archive;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How many articles, signals and failures a watch's date has in the archive now. */
public class DayCountRepository {

    /** The counts of one date. */
    public record DayCounts(long articles, long signals, long failures) {
    }

    private final JdbcClient jdbc;

    public DayCountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DayCounts counts(String watch, LocalDate date) {
        return new DayCounts(count("article", watch, date), count("signal", watch, date),
                count("failure", watch, date));
    }

    private long count(String table, String watch, LocalDate date) {
        // table names come from the fixed calls above, never from input
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE watch = :watch AND run_date = :date")
                .param("watch", watch).param("date", date).query(Long.class).single();
    }
}
