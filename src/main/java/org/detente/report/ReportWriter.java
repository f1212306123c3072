package org.detente.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes all report files of one watch and day in the documented layout:
 * <pre>
 * reportsRoot/&lt;watch&gt;/indicators.csv
 * reportsRoot/&lt;watch&gt;/&lt;yyyy&gt;/&lt;yyyy-mm-dd&gt;/detente-&lt;watch&gt;-&lt;yyyy-mm-dd&gt;.xlsx
 *                                        /signals.csv, articles.csv, failures.csv
 * </pre>
 * The one entry point the pipeline calls, so the layout is decided in one place. Each file is replaced
 * atomically on its own; the set is not one transaction, so the day's files are written before the
 * history.
 */
public final class ReportWriter {

    /** Watch ids become folder and file names, so they must not be able to point anywhere else. */
    private static final Pattern SAFE_WATCH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    private final CsvReportWriter csv = new CsvReportWriter();
    private final WorkbookWriter workbook = new WorkbookWriter();

    public ReportFiles write(DayReport report, Path reportsRoot) throws IOException {
        String watch = report.watch();
        if (watch == null || !SAFE_WATCH.matcher(watch).matches() || watch.contains("..")) {
            throw new IllegalArgumentException("watch id '" + watch + "' cannot be used as a folder name"
                    + " (letters, digits, '.', '_' and '-' only)");
        }
        LocalDate date = report.date();
        Path watchFolder = reportsRoot.resolve(watch);
        Path day = watchFolder.resolve(String.format(Locale.ROOT, "%04d", date.getYear())).resolve(date.toString());
        ReportFiles files = new ReportFiles(day.resolve(WorkbookWriter.fileName(watch, date)),
                day.resolve("signals.csv"), day.resolve("articles.csv"), day.resolve("failures.csv"),
                watchFolder.resolve("indicators.csv"));
        csv.writeSignals(files.signals(), date, report.signals());
        csv.writeArticles(files.articles(), date, report.articles());
        csv.writeFailures(files.failures(), date, report.failures());
        workbook.write(report, files.workbook());
        csv.writeIndicators(files.indicators(), report.history());
        return files;
    }
}
