package org.detente.report;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Every article read that day with its signal counts, so coverage can be checked outlet by outlet, and every outlet
 * that carried its story (the story counts once in the indicators).
 */
final class ArticlesSheet {

    static final String NAME = "Articles";
    static final List<String> COLUMNS = List.of("Published", "Outlet", "Title", "Language", "Story id",
            "Escalation signals", "De-escalation signals", "Article", "Story outlets");

    private final WorkbookStyles styles;

    ArticlesSheet(WorkbookStyles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, RowSource<ArticleRow> articles) throws IOException {
        SheetCells cells = new SheetCells(sheet, styles);
        cells.widths(17, 18, 60, 10, 16, 12, 14, 40, 40);
        cells.header(cells.row(0), COLUMNS);
        int[] next = {1};
        articles.forEach(article -> {
            Row row = cells.row(next[0]++);
            cells.dateTime(row, 0, article.published());
            cells.text(row, 1, article.outlet());
            cells.text(row, 2, article.title(), styles.wrapped);
            cells.text(row, 3, article.language());
            cells.text(row, 4, article.storyId());
            cells.number(row, 5, article.escalationSignals(), styles.integer);
            cells.number(row, 6, article.deEscalationSignals(), styles.integer);
            cells.formulaLink(row, 7, article.url());
            cells.text(row, 8, article.storyOutlets(), styles.wrapped);
        });
        cells.listTable(COLUMNS, next[0] - 1);
    }
}
