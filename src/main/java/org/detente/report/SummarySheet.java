package org.detente.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.detente.aggregate.DailyIndicator;
import org.detente.aggregate.IndicatorTrend;
import org.detente.score.Direction;

/**
 * The first sheet an analyst sees: the day's overall reading with its trend and how unusual it is, each category
 * against yesterday and the week before, and the sentences that weigh most in each direction, with links to the
 * articles.
 *
 * <p>Columns add up to about 140 characters so the sheet reads at 100% zoom without scrolling sideways; sentences
 * wrap instead of widening the sheet, and printing fits the width of one landscape page.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final int TOP = DayReport.TOP_SENTENCES;
    static final List<String> CATEGORY_COLUMNS = List.of("Category", "Net index", "Change vs yesterday",
            "7-day smoothed", "7-day trend", "z-score (28 days)", "Escalation signals", "De-escalation signals");
    /** Row of the category table's header; the lines above it are the day's headline. */
    static final int TABLE = 9;
    /** Beyond this many standard deviations from the baseline a day reads as unusual. */
    static final double UNUSUAL_Z = 2;

    private final WorkbookStyles styles;

    SummarySheet(WorkbookStyles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, DayReport report) {
        SheetCells cells = new SheetCells(sheet, styles);
        cells.widths(56, 14, 12, 12, 14, 10, 13, 13);
        pageSetup(sheet, report);
        IndicatorTrend total = total(report.indicators());
        headline(cells, report, total);
        int next = categories(cells, report.indicators(), total);
        next = topSentences(cells, report.strongest(), Direction.ESCALATION, next + 1);
        topSentences(cells, report.strongest(), Direction.DE_ESCALATION, next + 1);
    }

    private void headline(SheetCells cells, DayReport report, IndicatorTrend total) {
        cells.text(cells.row(0), 0, report.watchTitle(), styles.title);
        Row dateRow = cells.row(1);
        cells.text(dateRow, 0, "Date");
        cells.date(dateRow, 1, report.date());
        Row netRow = cells.row(2);
        cells.text(netRow, 0, "Net index, all categories (−1 escalation … +1 de-escalation)", styles.bold);
        optional(cells, netRow, 1, total == null ? null : total.netIndex(), styles.boldNetIndex);
        cells.text(netRow, 2, trendWords(total), styles.bold);
        Row balance = cells.row(3);
        cells.text(balance, 0, "Balance of the day");
        cells.text(balance, 1, DayBalance.of(total == null ? null : total.indicator()).words());
        Row change = cells.row(4);
        cells.text(change, 0, "Change against yesterday");
        optional(cells, change, 1, total == null ? null : total.change(), styles.netIndex);
        Row smoothed = cells.row(5);
        cells.text(smoothed, 0, "7-day smoothed net index (the trend compares it with a week earlier)");
        optional(cells, smoothed, 1, total == null ? null : total.smoothed(), styles.netIndex);
        Row z = cells.row(6);
        cells.text(z, 0, "Against the " + report.trendSettings().baselineDays() + " days before (z-score)");
        optional(cells, z, 1, total == null ? null : total.baselineZ(), styles.zScore);
        cells.text(z, 2, unusual(total == null ? null : total.baselineZ()));
        Row volume = cells.row(7);
        cells.text(volume, 0, "Articles read, sources");
        cells.number(volume, 1, total == null ? 0 : total.indicator().articles(), styles.integer);
        cells.number(volume, 2, total == null ? 0 : total.indicator().sources(), styles.integer);
        colourScale(cells.sheet(), -1, 1, new CellRangeAddress(2, 2, 1, 1), new CellRangeAddress(5, 5, 1, 1));
    }

    /** The 7-day trend word with its arrow, or why there is none. */
    static String trendWords(IndicatorTrend total) {
        if (total == null || total.trend() == null) {
            return "→ no trend yet (needs signals this week and the week before)";
        }
        return total.trend().arrow() + " " + total.trend().word();
    }

    static String unusual(Double z) {
        if (z == null) {
            return "not enough history";
        }
        if (z <= -UNUSUAL_Z) {
            return "unusually escalatory";
        }
        return z >= UNUSUAL_Z ? "unusually de-escalatory" : "within the usual range";
    }

    private int categories(SheetCells cells, List<IndicatorTrend> indicators, IndicatorTrend total) {
        cells.header(cells.row(TABLE), CATEGORY_COLUMNS);
        List<IndicatorTrend> rows = new ArrayList<>();
        indicators.stream().filter(i -> i != total).forEach(rows::add);
        if (total != null) {
            rows.add(total);
        }
        int index = TABLE + 1;
        for (IndicatorTrend trend : rows) {
            DailyIndicator indicator = trend.indicator();
            boolean isTotal = trend == total;
            Row row = cells.row(index++);
            cells.text(row, 0, indicator.category(), isTotal ? styles.bold : styles.text);
            optional(cells, row, 1, trend.netIndex(), isTotal ? styles.boldNetIndex : styles.netIndex);
            optional(cells, row, 2, trend.change(), styles.netIndex);
            optional(cells, row, 3, trend.smoothed(), styles.netIndex);
            cells.text(row, 4, trend.trend() == null ? "" : trend.trend().arrow() + " " + trend.trend().word());
            optional(cells, row, 5, trend.baselineZ(), styles.zScore);
            cells.number(row, 6, indicator.escalationSignals(), styles.integer);
            cells.number(row, 7, indicator.deEscalationSignals(), styles.integer);
        }
        if (!rows.isEmpty()) {
            int last = index - 1;
            colourScale(cells.sheet(), -1, 1, new CellRangeAddress(TABLE + 1, last, 1, 1),
                    new CellRangeAddress(TABLE + 1, last, 3, 3));
            colourScale(cells.sheet(), -2, 2, new CellRangeAddress(TABLE + 1, last, 2, 2));
            colourScale(cells.sheet(), -3, 3, new CellRangeAddress(TABLE + 1, last, 5, 5));
        }
        return index;
    }

    /** A number, or an empty cell for a gap: an unknown value never shows as 0. */
    private static void optional(SheetCells cells, Row row, int column, Double value, CellStyle style) {
        if (value != null) {
            cells.number(row, column, value, style);
        }
    }

    /** Red at the low end, white at 0, green at the high end: fixed points, so colours mean the same every day. */
    private static void colourScale(Sheet sheet, double low, double high, CellRangeAddress... ranges) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(3);
        double[] points = {low, 0, high};
        for (int i = 0; i < 3; i++) {
            scale.getThresholds()[i].setRangeType(RangeType.NUMBER);
            scale.getThresholds()[i].setValue(points[i]);
        }
        scale.setColors(new XSSFColor[] {rgb(0xF8, 0x69, 0x6B), rgb(0xFF, 0xFF, 0xFF), rgb(0x63, 0xBE, 0x7B)});
        formatting.addConditionalFormatting(ranges, rule);
    }

    /** Opaque ARGB: Excel expects four bytes in colour-scale colours. */
    private static XSSFColor rgb(int red, int green, int blue) {
        return new XSSFColor(new byte[] {(byte) 0xFF, (byte) red, (byte) green, (byte) blue}, null);
    }

    private int topSentences(SheetCells cells, List<SignalRow> strongest, Direction direction, int first) {
        cells.text(cells.row(first), 0, "Top " + direction.label() + " sentences", styles.section);
        cells.header(cells.row(first + 1), List.of("Sentence", "Outlet", "Category", "Intensity", "Article"));
        List<SignalRow> top = top(strongest, direction);
        int index = first + 2;
        if (top.isEmpty()) {
            cells.text(cells.row(index++), 0, "No " + direction.label() + " signals");
        }
        for (SignalRow signal : top) {
            Row row = cells.row(index++);
            cells.text(row, 0, signal.signal().sentence(), styles.wrapped);
            cells.text(row, 1, signal.outlet(), styles.wrapped);
            cells.text(row, 2, signal.signal().category(), styles.wrapped);
            cells.number(row, 3, signal.signal().intensity(), styles.intensity);
            cells.link(row, 4, signal.articleUrl(), "Open article");
        }
        return index;
    }

    /** The strongest signals of one direction by |intensity|; the sort is stable, so ties keep input order. */
    static List<SignalRow> top(List<SignalRow> signals, Direction direction) {
        return signals.stream()
                .filter(s -> s.signal().direction() == direction)
                .sorted(Comparator.comparingDouble((SignalRow s) -> Math.abs(s.signal().intensity())).reversed())
                .limit(TOP)
                .toList();
    }

    /** Landscape, one page wide, title and date on every printed page. */
    private static void pageSetup(Sheet sheet, DayReport report) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.getHeader().setCenter(printHeader(report));
    }

    /** Title and date on printed pages; {@code &} starts a code there, and Excel allows 255 characters. */
    private static String printHeader(DayReport report) {
        String title = Objects.requireNonNullElse(report.watchTitle(), "");
        String text = title.substring(0, Math.min(title.length(), 100)) + " " + report.date();
        return text.replace("&", "&&");
    }

    private static IndicatorTrend total(List<IndicatorTrend> indicators) {
        return indicators.stream().filter(IndicatorTrend::isTotal).findFirst().orElse(null);
    }
}
