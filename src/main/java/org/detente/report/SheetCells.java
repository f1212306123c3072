package org.detente.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes typed cells into one sheet: text through {@link CellText}, numbers as numeric cells, times as
 * real date cells, links as hyperlink cells.
 *
 * <p>Keeping this in one place means no sheet can forget to neutralise web text, and numbers stay
 * sortable and filterable in Excel instead of being text that looks like numbers.
 */
final class SheetCells {

    /** Excel's limit on hyperlinks per worksheet; later rows show the URL as plain text. */
    static final int MAX_LINKS = 65_530;
    /** Excel's limit on a text value inside a formula. */
    static final int MAX_FORMULA_STRING = 255;
    /** Height of one line of 11-point text, and Excel's limit on a row's height. */
    private static final float LINE_POINTS = 15f;
    private static final float MAX_ROW_POINTS = 409f;
    /** Characters of proportional text per character of column width, a little under 1 to be safe. */
    private static final double WRAP_FACTOR = 1.3;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private int links;

    SheetCells(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    Sheet sheet() {
        return sheet;
    }

    /** A list sheet: header row kept in view while scrolling, and filter buttons on every column. */
    void listTable(List<String> names, int lastRow) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, names.size() - 1));
    }

    Row row(int index) {
        return sheet.createRow(index);
    }

    void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    void header(Row row, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            text(row, i, names.get(i), styles.header);
        }
    }

    void text(Row row, int column, String value) {
        text(row, column, value, styles.text);
    }

    void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        String text = CellText.forExcel(value);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (style.getWrapText()) {
            fitHeight(row, column, text);
        }
    }

    /**
     * Makes the row tall enough for wrapped text. Streamed rows carry no computed height, and LibreOffice keeps the
     * stored one, so without this wrapped sentences would overlap the rows below them.
     */
    private void fitHeight(Row row, int column, String text) {
        double perLine = Math.max(1, sheet.getColumnWidth(column) / 256.0 * WRAP_FACTOR);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / perLine));
        }
        float height = Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 2);
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The time as the outlet published it, in its own offset; Excel date cells cannot hold an offset. */
    void dateTime(Row row, int column, OffsetDateTime time) {
        dateTime(row, column, time == null ? null : time.toLocalDateTime());
    }

    void dateTime(Row row, int column, LocalDateTime time) {
        Cell cell = row.createCell(column);
        if (time != null) {
            cell.setCellValue(time);
        }
        cell.setCellStyle(styles.dateTime);
    }

    void date(Row row, int column, LocalDate date) {
        Cell cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(styles.date);
    }

    /**
     * A {@code HYPERLINK} formula cell that opens {@code url} and shows it, for the long list sheets. A hyperlink
     * object is an XML bean kept in memory until the workbook is written, so a day with 100,000 linked rows would
     * not stream; a formula cell streams like any other. The URL has been checked by {@link Links} (an http(s) URI
     * has no quote to break out of the string) and Excel limits strings in formulas to 255 characters, so longer
     * addresses are shown as text. The label is stored as the formula's result, so viewers that do not
     * recalculate on opening still show it.
     */
    void formulaLink(Row row, int column, String url) {
        if (!Links.linkable(url) || url.length() > MAX_FORMULA_STRING) {
            text(row, column, url);
            return;
        }
        Cell cell = row.createCell(column);
        String literal = "\"" + url.replace("\"", "\"\"") + "\"";
        cell.setCellFormula("HYPERLINK(" + literal + "," + literal + ")");
        cell.setCellValue(url);
        cell.setCellStyle(styles.link);
    }

    /** A cell showing {@code label} (or the URL itself) that opens {@code url}, when the URL is safe to link. */
    void link(Row row, int column, String url, String label) {
        if (!Links.linkable(url) || links >= MAX_LINKS) {
            text(row, column, url);
            return;
        }
        Hyperlink hyperlink = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
        hyperlink.setAddress(url);
        text(row, column, label == null ? url : label, styles.link);
        row.getCell(column).setHyperlink(hyperlink);
        links++;
    }
}
