package org.detente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.detente.aggregate.TrendSettings;
import org.detente.score.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarySheetTest {

    @TempDir
    Path dir;

    private Sheet summary(Workbook workbook) {
        return workbook.getSheet("Summary");
    }

    private Workbook write(DayReport report) throws IOException {
        Path file = dir.resolve("summary.xlsx");
        new WorkbookWriter().write(report, file);
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    @Test
    void headerShowsWatchTitleDateNetIndexAndBalance() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            Sheet sheet = summary(workbook);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Russia–Ukraine border");
            Cell date = sheet.getRow(1).getCell(1);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(Reports.DAY);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-0.5);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("more escalation");
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).as("change from +0.5").isEqualTo(-1.0);
        }
    }

    @Test
    void withTwoWeeksOfHistoryTheHeadlineShowsTrendWordArrowAndZScore() throws IOException {
        try (Workbook workbook = write(Reports.fallingWeeks())) {
            Sheet sheet = summary(workbook);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("↓ deteriorated");
            Cell z = sheet.getRow(6).getCell(1);
            assertThat(z.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(z.getNumericCellValue()).isLessThan(-2);
            assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("unusually escalatory");
            Row total = rowStartingWith(sheet, "total");
            assertThat(total.getCell(4).getStringCellValue()).isEqualTo("↓ deteriorated");
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(z.getNumericCellValue());
            assertThat(total.getCell(3).getNumericCellValue()).as("7-day smoothed").isLessThan(0);
        }
    }

    @Test
    void withoutHistoryTheTrendSaysWhyItIsMissingAndGapsStayEmpty() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            Sheet sheet = summary(workbook);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).startsWith("→ no trend yet");
            assertThat(sheet.getRow(6).getCell(1)).isNull();
            assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("not enough history");
            Row diplomacy = rowStartingWith(sheet, "diplomacy");
            assertThat(diplomacy.getCell(2)).as("no diplomacy row the day before").isNull();
        }
    }

    @Test
    void categoryTableListsCategoriesThenTotalWithNumericCells() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            Sheet sheet = summary(workbook);
            Row header = sheet.getRow(SummarySheet.TABLE);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Net index");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Change vs yesterday");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("7-day trend");
            assertThat(sheet.getRow(SummarySheet.TABLE + 1).getCell(0).getStringCellValue())
                    .isEqualTo("military-posture");
            assertThat(sheet.getRow(SummarySheet.TABLE + 2).getCell(0).getStringCellValue()).isEqualTo("diplomacy");
            assertThat(sheet.getRow(SummarySheet.TABLE + 3).getCell(0).getStringCellValue()).isEqualTo("total");
            assertThat(sheet.getRow(SummarySheet.TABLE + 1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(SummarySheet.TABLE + 2).getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void netIndexChangeAndZScoreColumnsHaveFixedThreeColourScales() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            var formatting = summary(workbook).getSheetConditionalFormatting();
            List<String> ranges = new ArrayList<>();
            for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
                var format = formatting.getConditionalFormattingAt(i);
                assertThat(format.getRule(0).getColorScaleFormatting().getNumControlPoints()).isEqualTo(3);
                for (var range : format.getFormattingRanges()) {
                    ranges.add(range.formatAsString());
                }
            }
            assertThat(ranges).contains("B3", "B11:B13", "C11:C13", "D11:D13", "F11:F13");
        }
    }

    @Test
    void topSentencesHaveOutletIntensityAndClickableLink() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            Sheet sheet = summary(workbook);
            Row heading = rowStartingWith(sheet, "Top escalation sentences");
            Row first = sheet.getRow(heading.getRowNum() + 2);
            assertThat(first.getCell(0).getStringCellValue()).startsWith("Troops, tanks");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Example News");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(-7.0);
            assertThat(first.getCell(4).getHyperlink().getAddress()).isEqualTo("https://news.example/a");
            assertThat(first.getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(rowStartingWith(sheet, "Top de-escalation sentences")).isNotNull();
        }
    }

    @Test
    void topFiveAreStrongestByAbsoluteIntensityWithTiesInInputOrder() {
        List<SignalRow> signals = new ArrayList<>();
        double[] intensities = {-1, -9, -3, -9, -2, -5, -4, 6};
        for (int i = 0; i < intensities.length; i++) {
            signals.add(Reports.row("https://x.example/" + i, "outlet" + i, intensities[i], "sentence " + i));
        }

        List<SignalRow> top = SummarySheet.top(signals, Direction.ESCALATION);

        assertThat(top).extracting(s -> s.signal().sentence())
                .containsExactly("sentence 1", "sentence 3", "sentence 5", "sentence 6", "sentence 2");
    }

    @Test
    void dayWithoutSignalsSaysSo() throws IOException {
        DayReport empty = DayReport.of("ukraine", "Quiet", Reports.DAY, "lex", Reports.GENERATED, List.of(),
                List.of(), List.of(), List.of(), List.of(), TrendSettings.standard());
        try (Workbook workbook = write(empty)) {
            Sheet sheet = summary(workbook);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("no signals");
            assertThat(sheet.getRow(2).getCell(1)).as("no index is not a zero index").isNull();
            assertThat(rowStartingWith(sheet, "No escalation signals")).isNotNull();
            assertThat(rowStartingWith(sheet, "No de-escalation signals")).isNotNull();
        }
    }

    @Test
    void columnsFitOnAScreenAtFullZoom() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            Sheet sheet = summary(workbook);
            int characters = 0;
            for (int column = 0; column < SummarySheet.CATEGORY_COLUMNS.size(); column++) {
                characters += sheet.getColumnWidth(column) / 256;
            }
            assertThat(characters).isLessThanOrEqualTo(145);
            assertThat(sheet.getRow(SummarySheet.TABLE).getLastCellNum()).isEqualTo((short) 8);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + text);
    }
}
