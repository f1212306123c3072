package org.detente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDateAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.detente.aggregate.DailyIndicator;
import org.detente.aggregate.IndicatorTrend;
import org.detente.aggregate.TrendSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendSheetTest {

    @TempDir
    Path dir;

    private XSSFWorkbook write(DayReport report) throws IOException {
        Path file = dir.resolve("trend.xlsx");
        new WorkbookWriter().write(report, file);
        return new XSSFWorkbook(java.nio.file.Files.newInputStream(file));
    }

    @Test
    void tableHasOneRowPerCalendarDayOfTheLastNinetyDaysWithRealDates() throws IOException {
        try (XSSFWorkbook workbook = write(Reports.sample())) {
            XSSFSheet sheet = workbook.getSheet(TrendSheet.NAME);
            Row header = headerRow(sheet);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Date");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo(TrendSheet.SMOOTHED);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo(TrendSheet.TOTAL);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("military-posture");
            Row first = sheet.getRow(header.getRowNum() + 1);
            Row last = sheet.getRow(header.getRowNum() + TrendSheet.DAYS);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
            assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(Reports.DAY.minusDays(TrendSheet.DAYS - 1));
            assertThat(last.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(Reports.DAY);
            assertThat(last.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(last.getCell(2).getNumericCellValue()).isEqualTo(-0.5);
        }
    }

    @Test
    void daysWithoutSignalsAreEmptyCellsNotZeros() throws IOException {
        try (XSSFWorkbook workbook = write(Reports.sample())) {
            XSSFSheet sheet = workbook.getSheet(TrendSheet.NAME);
            Row header = headerRow(sheet);
            Row dayBefore = sheet.getRow(header.getRowNum() + TrendSheet.DAYS - 1);
            Row twoDaysBefore = sheet.getRow(header.getRowNum() + TrendSheet.DAYS - 2);
            assertThat(dayBefore.getCell(2).getNumericCellValue()).isEqualTo(0.5);
            assertThat(dayBefore.getCell(3)).as("no military-posture row that day").isNull();
            assertThat(twoDaysBefore.getCell(2)).as("a day never run").isNull();
        }
    }

    @Test
    void nativeLineChartHasSmoothedTotalDailyTotalAndEachCategoryOverADateAxis() throws IOException {
        try (XSSFWorkbook workbook = write(Reports.sample())) {
            XSSFSheet sheet = workbook.getSheet(TrendSheet.NAME);
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getAxes()).hasAtLeastOneElementOfType(XDDFDateAxis.class);
            XDDFChartAxis dates = chart.getAxes().stream().filter(a -> a instanceof XDDFDateAxis).findFirst()
                    .orElseThrow();
            assertThat(dates.getNumberFormat()).isEqualTo("yyyy-mm-dd");
            List<XDDFChartData> data = chart.getChartSeries();
            assertThat(data).hasSize(1).first().isInstanceOf(XDDFLineChartData.class);
            List<String> titles = new ArrayList<>();
            List<String> references = new ArrayList<>();
            for (int i = 0; i < data.get(0).getSeriesCount(); i++) {
                XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.get(0).getSeries(i);
                titles.add(series.getCTLineSer().getTx().getStrRef().getStrCache().getPtArray(0).getV());
                references.add(series.getValuesData().getDataRangeReference());
            }
            assertThat(titles).containsExactly(TrendSheet.SMOOTHED, TrendSheet.TOTAL, "military-posture",
                    "diplomacy");
            int firstRow = headerRow(sheet).getRowNum() + 2;
            int lastRow = firstRow + TrendSheet.DAYS - 1;
            assertThat(references.get(0)).isEqualTo("'Trend'!$B$" + firstRow + ":$B$" + lastRow);
            XDDFChartData.Series total = data.get(0).getSeries(1);
            assertThat(total.getCategoryData().getDataRangeReference())
                    .isEqualTo("'Trend'!$A$" + firstRow + ":$A$" + lastRow);
            assertThat(total.getValuesData().getPointCount()).isEqualTo(TrendSheet.DAYS);
        }
    }

    @Test
    void datesAfterTheReportDateAreLeftOutWhenAnEarlierDateIsRerun() throws IOException {
        List<DailyIndicator> stored = List.of(
                Reports.indicator(DailyIndicator.TOTAL, 1, 1, 1, 1, 0),
                new DailyIndicator("ukraine", Reports.DAY.plusDays(1), DailyIndicator.TOTAL, 1, 0, 1, 0, -1, 1, 1,
                        "lex-2022.02"));
        List<IndicatorTrend> history = Reports.trends(stored);
        DayReport report = DayReport.of("ukraine", "U", Reports.DAY, "v", Reports.GENERATED, List.of(), List.of(),
                history.subList(0, 1), history, List.of(), TrendSettings.standard());
        try (XSSFWorkbook workbook = write(report)) {
            XSSFSheet sheet = workbook.getSheet(TrendSheet.NAME);
            Row header = headerRow(sheet);
            assertThat(sheet.getLastRowNum()).isEqualTo(header.getRowNum() + TrendSheet.DAYS);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(Reports.DAY);
        }
    }

    private static Row headerRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals("Date")) {
                return row;
            }
        }
        throw new AssertionError("no header row");
    }
}
