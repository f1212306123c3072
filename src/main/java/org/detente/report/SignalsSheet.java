package org.detente.report;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.detente.score.Signal;

/**
 * Every signal of the day, one per row, so analysts can filter, sort and check each finding against
 * its sentence and article. Rows are streamed from the source to the sheet.
 */
final class SignalsSheet {

    static final String NAME = "Signals";
    static final List<String> COLUMNS = List.of("Published", "Outlet", "Category", "Direction", "Intensity",
            "Modifiers", "Sentence", "Evidence", "Rule", "Article", "Entry time");

    private final WorkbookStyles styles;

    SignalsSheet(WorkbookStyles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, RowSource<SignalRow> signals) throws IOException {
        SheetCells cells = new SheetCells(sheet, styles);
        cells.widths(17, 18, 20, 14, 10, 16, 70, 30, 20, 40, 17);
        cells.header(cells.row(0), COLUMNS);
        int[] next = {1};
        signals.forEach(signal -> {
            Signal s = signal.signal();
            Row row = cells.row(next[0]++);
            cells.dateTime(row, 0, signal.published());
            cells.text(row, 1, signal.outlet());
            cells.text(row, 2, s.category());
            cells.text(row, 3, s.direction().label());
            cells.number(row, 4, s.intensity(), styles.intensity);
            cells.text(row, 5, String.join(";", s.modifiers()));
            cells.text(row, 6, s.sentence(), styles.wrapped);
            cells.text(row, 7, s.evidence(), styles.wrapped);
            cells.text(row, 8, s.rule());
            cells.formulaLink(row, 9, signal.articleUrl());
            cells.dateTime(row, 10, signal.entryTime());
        });
        cells.listTable(COLUMNS, next[0] - 1);
    }
}
