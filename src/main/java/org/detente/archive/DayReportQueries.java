package org.detente.archive;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.detente.report.ArticleRow;
import org.detente.report.RowSource;
import org.detente.report.SignalRow;
import org.detente.score.Direction;
import org.detente.score.Signal;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of one day's reports, read with a database cursor so a busy day is never held in memory: each
 * {@link RowSource} runs its query again when it is read, and hands over rows as they arrive.
 */
public class DayReportQueries {

    /** Rows fetched per round trip; PostgreSQL uses a cursor for it inside the report step's transaction. */
    static final int FETCH_SIZE = 500;

    private static final String SIGNAL_COLUMNS = """
            a.published, a.url, a.outlet, a.story_id, s.category, s.direction, s.intensity, s.sentence,
            s.start_offset, s.end_offset, s.evidence, s.rule_id, s.modifiers,
            (SELECT e.entry_time FROM article_entry e WHERE e.article_id = a.id AND POSITION(s.sentence IN e.body) > 0
             ORDER BY e.position FETCH FIRST 1 ROWS ONLY)
            """;

    private final JdbcClient jdbc;

    public DayReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The day's signals in article and text order, with the article each came from. */
    public RowSource<SignalRow> signals(String watch, LocalDate date, ZoneId zone) {
        return sink -> stream(jdbc.sql("SELECT " + SIGNAL_COLUMNS + """
                         FROM signal s JOIN article a ON a.id = s.article_id
                         WHERE s.watch = :watch AND s.run_date = :date
                         ORDER BY a.raw_page_id, s.seq""")
                .param("watch", watch).param("date", date), signalRow(zone), sink);
    }

    /**
     * The {@code limit} strongest signals of each direction by |intensity|, escalation first; ties keep the order
     * of {@link #signals}.
     */
    public List<SignalRow> strongest(String watch, LocalDate date, ZoneId zone, int limit) {
        return Stream.of(Direction.ESCALATION, Direction.DE_ESCALATION)
                .flatMap(direction -> jdbc.sql("SELECT " + SIGNAL_COLUMNS + """
                                 FROM signal s JOIN article a ON a.id = s.article_id
                                 WHERE s.watch = :watch AND s.run_date = :date AND s.direction = :direction
                                 ORDER BY ABS(s.intensity) DESC, a.raw_page_id, s.seq
                                 FETCH FIRST\s""" + limit + " ROWS ONLY")
                        .param("watch", watch).param("date", date).param("direction", direction.label())
                        .query(signalRow(zone)).list().stream())
                .toList();
    }

    /**
     * The day's articles by raw page, with how many signals of each direction each gave and every outlet that
     * carried the same story.
     */
    public RowSource<ArticleRow> articles(String watch, LocalDate date, ZoneId zone) {
        return sink -> {
            Map<String, String> outlets = storyOutlets(watch, date);
            stream(jdbc.sql("""
                        SELECT a.url, a.outlet, a.title, a.published, a.language, a.story_id,
                               (SELECT COUNT(*) FROM signal s WHERE s.article_id = a.id AND s.direction = :esc),
                               (SELECT COUNT(*) FROM signal s WHERE s.article_id = a.id AND s.direction = :deesc)
                        FROM article a WHERE a.watch = :watch AND a.run_date = :date
                        ORDER BY a.raw_page_id""")
                .param("watch", watch).param("date", date)
                .param("esc", Direction.ESCALATION.label()).param("deesc", Direction.DE_ESCALATION.label()),
                (rs, n) -> new ArticleRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        published(rs, 4, zone), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8),
                        outlets.getOrDefault(rs.getString(6), rs.getString(2))),
                sink);
        };
    }

    /** Story id to the outlets that carried it, each once, in page order: one row per article, a day's worth. */
    private Map<String, String> storyOutlets(String watch, LocalDate date) {
        Map<String, Set<String>> outlets = new LinkedHashMap<>();
        jdbc.sql("SELECT story_id, outlet FROM article WHERE watch = :watch AND run_date = :date ORDER BY raw_page_id")
                .param("watch", watch).param("date", date)
                .query((RowCallbackHandler) rs -> outlets.computeIfAbsent(rs.getString(1), s -> new LinkedHashSet<>())
                        .add(rs.getString(2)));
        Map<String, String> joined = new LinkedHashMap<>();
        outlets.forEach((story, names) -> joined.put(story, String.join("; ", names)));
        return joined;
    }

    private static <T> void stream(JdbcClient.StatementSpec statement, RowMapper<T> mapper,
                                   RowSource.Sink<T> sink) throws IOException {
        try (Stream<T> rows = statement.withFetchSize(FETCH_SIZE).query(mapper).stream()) {
            Iterator<T> it = rows.iterator();
            while (it.hasNext()) {
                sink.accept(it.next());
            }
        }
    }

    private static RowMapper<SignalRow> signalRow(ZoneId zone) {
        return (rs, n) -> new SignalRow(published(rs, 1, zone), rs.getString(2), rs.getString(3), rs.getString(4),
                new Signal(rs.getString(5), Direction.fromLabel(rs.getString(6)), rs.getDouble(7), rs.getString(8),
                        rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getString(12), modifiers(rs.getString(13))),
                published(rs, 14, zone));
    }

    /** Publication and entry times in the watch's zone, as the rest of the reports show them. */
    private static OffsetDateTime published(ResultSet rs, int column, ZoneId zone) throws SQLException {
        OffsetDateTime published = rs.getObject(column, OffsetDateTime.class);
        return published == null ? null : published.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static List<String> modifiers(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }
}
