package org.detente.archive;

import java.time.LocalDate;
import java.util.List;
import org.detente.report.FailureRow;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every page or source that failed or was skipped for a watch and date. */
public class FailureRepository {

    private static final int MAX_REASON = 2000;

    private final JdbcClient jdbc;

    public FailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String watch, LocalDate date, String url, String stage, String reason) {
        record(watch, date, url, stage, reason, 0);
    }

    /** Records a failure with the HTTP status it ended with (0: none). */
    public void record(String watch, LocalDate date, String url, String stage, String reason, int httpStatus) {
        String oneLine = reason == null ? "unknown" : reason.replaceAll("\\s+", " ").strip();
        jdbc.sql("DELETE FROM failure WHERE watch = :watch AND run_date = :date AND url = :url AND stage = :stage")
                .param("watch", watch).param("date", date).param("url", url).param("stage", stage).update();
        jdbc.sql("INSERT INTO failure (watch, run_date, url, stage, reason, http_status) "
                        + "VALUES (:watch, :date, :url, :stage, :reason, :status)")
                .param("watch", watch).param("date", date).param("url", url).param("stage", stage)
                .param("status", httpStatus == 0 ? null : httpStatus)
                .param("reason", oneLine.length() > MAX_REASON ? oneLine.substring(0, MAX_REASON) : oneLine)
                .update();
    }

    /** Forgets the date's failures of one stage, before that stage runs again on its own (rescore). */
    public void clearStage(String watch, LocalDate date, String stage) {
        jdbc.sql("DELETE FROM failure WHERE watch = :watch AND run_date = :date AND stage = :stage")
                .param("watch", watch).param("date", date).param("stage", stage).update();
    }

    public List<FailureRow> forDay(String watch, LocalDate date) {
        return jdbc.sql("SELECT url, stage, reason, http_status FROM failure WHERE watch = :watch AND run_date = :date "
                        + "ORDER BY stage, url")
                .param("watch", watch).param("date", date)
                .query((rs, n) -> new FailureRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getInt(4))).list();
    }
}
