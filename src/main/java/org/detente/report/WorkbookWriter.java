package org.detente.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the analysts' Excel workbook for one watch and day: Summary, Trend, Signals, Articles, Failures
 * and Method sheets, in that order.
 *
 * <p>The workbook is streamed (SXSSF), so a day with many signals does not need them all in memory as
 * cells; only a window of rows is kept while writing, and the rows come from their source one at a time. The file is replaced atomically.
 */
public final class WorkbookWriter {

    /** Rows kept in memory per sheet while streaming. */
    private static final int ROW_WINDOW = 200;

    /** {@code detente-<watch>-<yyyy-mm-dd>.xlsx} */
    public static String fileName(String watch, LocalDate date) {
        return "detente-" + watch + "-" + date + ".xlsx";
    }

    public void write(DayReport report, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
                WorkbookStyles styles = new WorkbookStyles(workbook);
                new SummarySheet(styles).write(workbook.createSheet(SummarySheet.NAME), report);
                new TrendSheet(styles).write(workbook.createSheet(TrendSheet.NAME), report);
                new SignalsSheet(styles).write(workbook.createSheet(SignalsSheet.NAME), report.signals());
                new ArticlesSheet(styles).write(workbook.createSheet(ArticlesSheet.NAME), report.articles());
                new FailuresSheet(styles).write(workbook.createSheet(FailuresSheet.NAME), report.failures());
                new MethodSheet(styles).write(workbook.createSheet(MethodSheet.NAME), report);
                workbook.write(out);
            }
        });
    }
}
