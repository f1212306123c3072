package org.detente.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFDateAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.detente.aggregate.DailyIndicator;
import org.detente.aggregate.IndicatorTrend;

/**
 * The last {@value #DAYS} days of the net index as a native Excel line chart over a real date axis, with the table
 * it is drawn from below it: the 7-day smoothed total (the line the trend word reads), the daily total and each
 * category. Every calendar day has a row; a day without signals is an empty cell and a gap in the line.
 */
final class TrendSheet {

    static final String NAME = "Trend";
    static final int DAYS = 90;
    static final String SMOOTHED = "Total, 7-day smoothed";
    static final String TOTAL = "Total";
    /** The smoothed total's colour; kept out of the rest of the workbook so a rendering can be checked for it. */
    static final byte[] SMOOTHED_RGB = {(byte) 0x1F, (byte) 0x3A, (byte) 0x93};

    /** Rows the chart covers above the table. */
    private static final int CHART_ROWS = 24;
    private static final int HEADER_ROW = CHART_ROWS + 1;
    private static final byte[][] PALETTE = {
        {(byte) 0xE6, (byte) 0x9F, 0x00}, {0x00, (byte) 0x9E, 0x73}, {(byte) 0xD5, 0x5E, 0x00},
        {(byte) 0xCC, 0x79, (byte) 0xA7}, {0x56, (byte) 0xB4, (byte) 0xE9}, {(byte) 0xA0, 0x40, 0x40},
        {0x40, (byte) 0x80, 0x40}, {(byte) 0x80, 0x60, (byte) 0xC0}};

    private final WorkbookStyles styles;

    TrendSheet(WorkbookStyles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, DayReport report) {
        LocalDate first = report.date().minusDays(DAYS - 1L);
        List<String> categories = categories(report.history(), first, report.date());
        Map<String, Map<LocalDate, Double>> nets = new HashMap<>();
        Map<LocalDate, Double> smoothed = new HashMap<>();
        for (IndicatorTrend t : report.history()) {
            if (t.date().isBefore(first) || t.date().isAfter(report.date())) {
                continue;
            }
            nets.computeIfAbsent(t.category(), c -> new HashMap<>()).put(t.date(), t.netIndex());
            if (t.isTotal()) {
                smoothed.put(t.date(), t.smoothed());
            }
        }
        List<String> names = new ArrayList<>(List.of("Date", SMOOTHED, TOTAL));
        categories.forEach(names::add);
        List<Map<LocalDate, Double>> columns = new ArrayList<>();
        columns.add(smoothed);
        columns.add(nets.getOrDefault(DailyIndicator.TOTAL, Map.of()));
        categories.forEach(c -> columns.add(nets.getOrDefault(c, Map.of())));

        SheetCells cells = new SheetCells(sheet, styles);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        int[] widths = new int[names.size()];
        widths[0] = 12;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = Math.max(12, Math.min(names.get(i).length() + 2, 22));
        }
        cells.widths(widths);
        cells.text(cells.row(0), 0, "Net index over the last " + DAYS + " days (+1 all de-escalation, −1 all "
                + "escalation); gaps are days without signals", styles.bold);
        cells.header(cells.row(HEADER_ROW), names);
        Double[][] values = new Double[columns.size()][DAYS];
        Double[] serials = new Double[DAYS];
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = first.plusDays(d);
            serials[d] = DateUtil.getExcelDate(date);
            Row row = cells.row(HEADER_ROW + 1 + d);
            cells.date(row, 0, date);
            for (int c = 0; c < columns.size(); c++) {
                Double v = columns.get(c).get(date);
                values[c][d] = v;
                if (v != null) {
                    cells.number(row, c + 1, v, c == 0 ? styles.boldNetIndex : styles.netIndex);
                }
            }
        }
        chart(xssf(sheet), names, serials, values);
    }

    /** Categories that have a row in the window, in the order of the history (alphabetical), total left out. */
    private static List<String> categories(List<IndicatorTrend> history, LocalDate first, LocalDate last) {
        Set<String> names = new LinkedHashSet<>();
        for (IndicatorTrend t : history) {
            if (!t.isTotal() && !t.date().isBefore(first) && !t.date().isAfter(last)) {
                names.add(t.category());
            }
        }
        return new ArrayList<>(names);
    }

    /** Charts are not streamed: they live on the sheet's XSSF template, which SXSSF writes around its rows. */
    private static XSSFSheet xssf(Sheet sheet) {
        SXSSFWorkbook workbook = (SXSSFWorkbook) sheet.getWorkbook();
        return workbook.getXSSFWorkbook().getSheetAt(workbook.getSheetIndex(sheet));
    }

    private static void chart(XSSFSheet sheet, List<String> names, Double[] serials, Double[][] values) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, 1, Math.max(names.size(), 9), CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Net index, last " + DAYS + " days");
        chart.setTitleOverlay(false);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFDateAxis dates = chart.createDateAxis(AxisPosition.BOTTOM);
        dates.setNumberFormat("yyyy-mm-dd");
        dates.setMajorUnit(7);
        XDDFValueAxis index = chart.createValueAxis(AxisPosition.LEFT);
        index.setMinimum(-1);
        index.setMaximum(1);
        index.setMajorUnit(0.5);
        index.setNumberFormat("0.0");
        index.setCrosses(AxisCrosses.AUTO_ZERO);
        dates.setCrosses(AxisCrosses.MIN);
        index.getOrAddMajorGridProperties().setLineProperties(line(new byte[] {(byte) 0xD9, (byte) 0xD9,
                (byte) 0xD9}, 0.5));

        String quoted = "'" + sheet.getSheetName() + "'!";
        XDDFNumericalDataSource<Double> x = XDDFDataSourcesFactory.fromArray(serials, quoted + range(0));
        x.setFormatCode("yyyy-mm-dd");
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, dates, index);
        data.setVaryColors(false);
        for (int c = 0; c < values.length; c++) {
            XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromArray(values[c], quoted + range(c + 1));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(x, y);
            series.setTitle(names.get(c + 1), new CellReference(sheet.getSheetName(), HEADER_ROW, c + 1, true, true));
            series.setMarkerStyle(MarkerStyle.NONE);
            series.setSmooth(false);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(c == 0 ? line(SMOOTHED_RGB, 2.75)
                    : c == 1 ? line(new byte[] {(byte) 0x59, (byte) 0x59, (byte) 0x59}, 1.25)
                    : line(PALETTE[(c - 2) % PALETTE.length], 1.0));
            series.setShapeProperties(shape);
        }
        chart.plot(data);
    }

    private static String range(int column) {
        String letter = CellReference.convertNumToColString(column);
        return "$" + letter + "$" + (HEADER_ROW + 2) + ":$" + letter + "$" + (HEADER_ROW + 1 + DAYS);
    }

    private static XDDFLineProperties line(byte[] rgb, double points) {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        line.setWidth(points);
        return line;
    }
}
