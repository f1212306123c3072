package org.detente.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The run_lock table: who runs which watch and date. Each statement commits on its own, so a lock is visible to
 * every process sharing the database as soon as it is taken.
 */
public class RunLockRepository {

    /** A lock row as stored. */
    public record Holder(String owner, Instant acquiredAt, Instant heartbeatAt) {
    }

    private final JdbcClient jdbc;

    public RunLockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the lock row; false when another row for the watch and date exists. */
    public boolean insert(String watch, LocalDate date, String owner, Instant now) {
        try {
            jdbc.sql("INSERT INTO run_lock (watch, run_date, owner, acquired_at, heartbeat_at) "
                            + "VALUES (:watch, :date, :owner, :now, :now)")
                    .param("watch", watch).param("date", date).param("owner", owner).param("now", utc(now))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public Optional<Holder> holder(String watch, LocalDate date) {
        return jdbc.sql("SELECT owner, acquired_at, heartbeat_at FROM run_lock WHERE watch = :watch AND run_date = :date")
                .param("watch", watch).param("date", date)
                .query((rs, n) -> new Holder(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Removes the row only if it is still the one read (same owner, same heartbeat): a compare-and-delete. */
    public boolean deleteIfUnchanged(String watch, LocalDate date, Holder seen) {
        return jdbc.sql("DELETE FROM run_lock WHERE watch = :watch AND run_date = :date AND owner = :owner "
                        + "AND heartbeat_at = :heartbeat")
                .param("watch", watch).param("date", date).param("owner", seen.owner())
                .param("heartbeat", utc(seen.heartbeatAt()))
                .update() == 1;
    }

    /** Refreshes the heartbeat; false when the row is no longer this owner's. */
    public boolean heartbeat(String watch, LocalDate date, String owner, Instant now) {
        return jdbc.sql("UPDATE run_lock SET heartbeat_at = :now WHERE watch = :watch AND run_date = :date "
                        + "AND owner = :owner")
                .param("now", utc(now)).param("watch", watch).param("date", date).param("owner", owner)
                .update() == 1;
    }

    public void delete(String watch, LocalDate date, String owner) {
        jdbc.sql("DELETE FROM run_lock WHERE watch = :watch AND run_date = :date AND owner = :owner")
                .param("watch", watch).param("date", date).param("owner", owner).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
