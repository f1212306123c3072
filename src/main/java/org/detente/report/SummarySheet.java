package org.detente.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.detente.aggregate.DailyIndicator;
import org.detente.aggregate.IndicatorTrend;
import org.detente.score.Direction;

/**
 * The first sheet an analyst sees: the day's overall reading, each category, and the sentences that
 * weigh most in each direction, with links to the articles.
 *
 * <p>Columns are sized to fit about 140 characters so the sheet reads at 100% zoom without scrolling
 * sideways; sentences wrap instead of widening the sheet.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final int TOP = 5;

    private final WorkbookStyles styles;

    SummarySheet(WorkbookStyles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, DayReport report) {
        SheetCells cells = new SheetCells(sheet, styles);
        cells.widths(70, 20, 22, 12, 16);
        sheet.getHeader().setCenter(printHeader(report));
        cells.text(cells.row(0), 0, report.watchTitle(), styles.title);
        Row dateRow = cells.row(1);
        cells.text(dateRow, 0, "Date");
        cells.date(dateRow, 1, report.date());
        IndicatorTrend total = total(report.indicators());
        Trend trend = Trend.of(total == null ? null : total.indicator());
        Row netRow = cells.row(2);
        cells.text(netRow, 0, "Net index, all categories (+1 all de-escalation, −1 all escalation)");
        cells.number(netRow, 1, total == null ? 0 : total.indicator().netIndex(), styles.boldNetIndex);
        cells.text(netRow, 2, trend.arrow() + " " + trend.words(), styles.bold);
        int next = categories(cells, report.indicators(), total, 4);
        next = topSentences(cells, report.signals(), Direction.ESCALATION, next + 1);
        topSentences(cells, report.signals(), Direction.DE_ESCALATION, next + 1);
    }

    private int categories(SheetCells cells, List<IndicatorTrend> indicators, IndicatorTrend total, int first) {
        cells.header(cells.row(first), List.of("Category", "Escalation signals", "De-escalation signals", "Net index"));
        List<IndicatorTrend> rows = new ArrayList<>();
        indicators.stream().filter(i -> i != total).forEach(rows::add);
        if (total != null) {
            rows.add(total);
        }
        int index = first + 1;
        for (IndicatorTrend trend : rows) {
            DailyIndicator indicator = trend.indicator();
            Row row = cells.row(index++);
            cells.text(row, 0, indicator.category(), trend == total ? styles.bold : styles.text);
            cells.number(row, 1, indicator.escalationSignals(), styles.integer);
            cells.number(row, 2, indicator.deEscalationSignals(), styles.integer);
            cells.number(row, 3, indicator.netIndex(), trend == total ? styles.boldNetIndex : styles.netIndex);
        }
        if (!rows.isEmpty()) {
            colourScale(cells.sheet(), new CellRangeAddress(first + 1, index - 1, 3, 3));
        }
        return index;
    }

    /** Red at −1, white at 0, green at +1: fixed points, so colours mean the same on every day. */
    private static void colourScale(Sheet sheet, CellRangeAddress range) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(3);
        double[] points = {-1, 0, 1};
        for (int i = 0; i < 3; i++) {
            scale.getThresholds()[i].setRangeType(RangeType.NUMBER);
            scale.getThresholds()[i].setValue(points[i]);
        }
        scale.setColors(new XSSFColor[] {rgb(0xF8, 0x69, 0x6B), rgb(0xFF, 0xFF, 0xFF), rgb(0x63, 0xBE, 0x7B)});
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    /** Opaque ARGB: Excel expects four bytes in colour-scale colours. */
    private static XSSFColor rgb(int red, int green, int blue) {
        return new XSSFColor(new byte[] {(byte) 0xFF, (byte) red, (byte) green, (byte) blue}, null);
    }

    private int topSentences(SheetCells cells, List<SignalRow> signals, Direction direction, int first) {
        cells.text(cells.row(first), 0, "Top " + direction.label() + " sentences", styles.section);
        cells.header(cells.row(first + 1), List.of("Sentence", "Outlet", "Category", "Intensity", "Article"));
        List<SignalRow> top = top(signals, direction);
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
