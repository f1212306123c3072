package org.detente.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.detente.aggregate.DailyIndicator;
import org.detente.aggregate.IndicatorTrend;
import org.detente.score.Signal;

/**
 * Writes the day's CSV files for data teams: RFC 4180, CRLF, UTF-8 with a byte order mark (so Excel
 * picks the right encoding), a header row, and every text field passed through {@link CellText}.
 *
 * <p>The column lists are a published interface; change them only together with {@code reports/README.md}.
 * Output depends on the inputs alone, so the same rows give byte-identical files. Rows are written in the
 * order given; callers sort. Rows are streamed from their source to the file, never collected.
 */
public final class CsvReportWriter {

    public static final List<String> SIGNAL_COLUMNS = List.of("date", "published", "article_url", "outlet",
            "story_id", "category", "direction", "intensity", "evidence", "sentence", "start", "end", "rule",
            "modifiers", "entry_time");
    public static final List<String> ARTICLE_COLUMNS = List.of("date", "published", "url", "outlet", "title",
            "language", "story_id", "escalation_signals", "de_escalation_signals", "story_outlets");
    public static final List<String> FAILURE_COLUMNS = List.of("date", "url", "stage", "reason", "http_status");
    public static final List<String> INDICATOR_COLUMNS = List.of("date", "category", "escalation_signals",
            "de_escalation_signals", "escalation_intensity", "de_escalation_intensity", "net_index", "articles",
            "sources", "lexicon_version", "escalation_per_article", "de_escalation_per_article", "change_1d",
            "smoothed_7d", "baseline_z", "trend");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public void writeSignals(Path target, LocalDate date, RowSource<SignalRow> rows) throws IOException {
        write(target, SIGNAL_COLUMNS, rows, row -> {
            Signal s = row.signal();
            return List.of(date.toString(), ReportFormats.dateTime(row.published()), text(row.articleUrl()),
                    text(row.outlet()), text(row.storyId()), text(s.category()), text(s.direction().label()),
                    ReportFormats.decimal(s.intensity(), 1), text(s.evidence()), text(s.sentence()),
                    Integer.toString(s.start()), Integer.toString(s.end()), text(s.rule()),
                    text(String.join(";", s.modifiers())), ReportFormats.dateTime(row.entryTime()));
        });
    }

    public void writeArticles(Path target, LocalDate date, RowSource<ArticleRow> rows) throws IOException {
        write(target, ARTICLE_COLUMNS, rows, row -> List.of(date.toString(), ReportFormats.dateTime(row.published()),
                text(row.url()), text(row.outlet()), text(row.title()), text(row.language()), text(row.storyId()),
                Integer.toString(row.escalationSignals()), Integer.toString(row.deEscalationSignals()),
                text(row.storyOutlets())));
    }

    public void writeFailures(Path target, LocalDate date, List<FailureRow> rows) throws IOException {
        write(target, FAILURE_COLUMNS, RowSource.of(rows),
                row -> List.of(date.toString(), text(row.url()), text(row.stage()), text(row.reason()),
                        row.httpStatus() == null ? "" : row.httpStatus().toString()));
    }

    /** The whole indicator history of one watch, one row per date and category; unknown values are empty. */
    public void writeIndicators(Path target, List<IndicatorTrend> rows) throws IOException {
        write(target, INDICATOR_COLUMNS, RowSource.of(rows), trend -> {
            DailyIndicator row = trend.indicator();
            return List.of(row.date().toString(), text(row.category()),
                    Integer.toString(row.escalationSignals()), Integer.toString(row.deEscalationSignals()),
                    ReportFormats.decimal(row.escalationIntensity(), 1),
                    ReportFormats.decimal(row.deEscalationIntensity(), 1), optional(trend.netIndex()),
                    Integer.toString(row.articles()), Integer.toString(row.sources()), text(row.lexiconVersion()),
                    optional(trend.escalationPerArticle()), optional(trend.deEscalationPerArticle()),
                    optional(trend.change()), optional(trend.smoothed()), optional(trend.baselineZ()),
                    trend.trend() == null ? "" : trend.trend().word());
        });
    }

    /** Four decimals, or empty for a gap: an unknown value is never written as 0. */
    private static String optional(Double value) {
        return value == null ? "" : ReportFormats.decimal(value, 4);
    }

    private static String text(String value) {
        return CellText.forCsv(value);
    }

    private static <T> void write(Path target, List<String> header, RowSource<T> rows,
                                  Function<T, List<String>> record) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setRecordSeparator("\r\n")
                .setHeader(header.toArray(String[]::new))
                .get();
        AtomicFiles.write(target, out -> {
            out.write(BOM);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8));
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                rows.forEach(row -> printer.printRecord(record.apply(row)));
            }
        });
    }
}
