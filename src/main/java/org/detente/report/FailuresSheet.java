package org.detente.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Pages and sources that failed or were skipped, and why. Always present, so an empty sheet says
 * "nothing failed" rather than leaving readers to wonder whether failures were reported at all.
 */
final class FailuresSheet {

    static final String NAME = "Failures";
    static final List<String> COLUMNS = List.of("URL", "Stage", "Reason", "HTTP status");
    static final String NONE = "No failures";

    private final WorkbookStyles styles;

    FailuresSheet(WorkbookStyles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, List<FailureRow> failures) {
        SheetCells cells = new SheetCells(sheet, styles);
        cells.widths(60, 16, 70, 12);
        cells.header(cells.row(0), COLUMNS);
        if (failures.isEmpty()) {
            cells.text(cells.row(1), 0, NONE);
        }
        int index = 1;
        for (FailureRow failure : failures) {
            Row row = cells.row(index++);
            cells.text(row, 0, failure.url(), styles.wrapped);
            cells.text(row, 1, failure.stage());
            cells.text(row, 2, failure.reason(), styles.wrapped);
            if (failure.httpStatus() != null) {
                cells.number(row, 3, failure.httpStatus(), styles.integer);
            }
        }
        cells.listTable(COLUMNS, index - 1);
    }
}
