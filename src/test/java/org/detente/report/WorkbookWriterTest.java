package org.detente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {

    @TempDir
    Path dir;

    private Workbook write(DayReport report) throws IOException {
        Path file = dir.resolve(WorkbookWriter.fileName(report.watch(), report.date()));
        new WorkbookWriter().write(report, file);
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    @Test
    void fileNameCarriesWatchAndDate() {
        assertThat(WorkbookWriter.fileName("ukraine", Reports.DAY)).isEqualTo("detente-ukraine-2022-02-14.xlsx");
    }

    @Test
    void sheetsComeInTheDocumentedOrder() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Summary", "Trend", "Signals", "Articles", "Failures", "Method");
        }
    }

    @Test
    void signalsSheetHasRealDatesNumbersAndHyperlinks() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            Sheet signals = workbook.getSheet("Signals");
            Row first = signals.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
            assertThat(first.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2022, 2, 14, 9, 30));
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(-7.0);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("hedged;future");
            assertLinks(first.getCell(9), "https://news.example/a");
        }
    }

    @Test
    void signalsSheetFreezesTheHeaderAndHasAnAutofilter() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            XSSFSheet signals = (XSSFSheet) workbook.getSheet("Signals");
            assertThat(signals.getPaneInformation().isFreezePane()).isTrue();
            assertThat(signals.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(signals.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K5");
            assertThat(signals.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Sentence");
            assertThat(signals.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Entry time");
        }
    }

    @Test
    void formulaLookingEvidenceStaysAStringStartingWithApostrophe() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            Sheet signals = workbook.getSheet("Signals");
            Cell hyperlinkEvidence = signals.getRow(2).getCell(7);
            Cell sumEvidence = signals.getRow(4).getCell(7);
            assertThat(hyperlinkEvidence.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hyperlinkEvidence.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(sumEvidence.getCellType()).isEqualTo(CellType.STRING);
            assertThat(sumEvidence.getStringCellValue()).isEqualTo("'=1+2");
        }
    }

    @Test
    void unsafeLinkTargetIsShownAsTextWithoutHyperlink() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            Cell cell = workbook.getSheet("Signals").getRow(4).getCell(9);
            assertThat(cell.getStringCellValue()).isEqualTo("javascript:alert(1)");
            assertThat(cell.getHyperlink()).isNull();
        }
    }

    @Test
    void veryLongSentenceIsCutWithMarker() throws IOException {
        List<SignalRow> signals = List.of(Reports.row("https://news.example/a", "Example", -3, "s".repeat(40_000)));
        try (Workbook workbook = write(Reports.day(signals, List.of()))) {
            String sentence = workbook.getSheet("Signals").getRow(1).getCell(6).getStringCellValue();
            assertThat(sentence).hasSize(CellText.MAX_CHARS).endsWith(" [cut]");
        }
    }

    @Test
    void literalOoxmlEscapeReadsBackAsTyped() throws IOException {
        List<SignalRow> signals = List.of(Reports.row("https://news.example/a", "Example", -3, "code _x0041_ here"));
        try (Workbook workbook = write(Reports.day(signals, List.of()))) {
            assertThat(workbook.getSheet("Signals").getRow(1).getCell(6).getStringCellValue())
                    .isEqualTo("code _x0041_ here");
        }
    }

    @Test
    void articlesSheetListsArticlesWithCountsAndLinks() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            Sheet articles = workbook.getSheet("Articles");
            assertThat(articles.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Title");
            Row first = articles.getRow(1);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(2.0);
            assertLinks(first.getCell(7), "https://news.example/a");
            assertThat(articles.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Story outlets");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Example News; Wire Copy Daily");
            assertThat(articles.getRow(2).getCell(2).getStringCellValue()).isEqualTo("'=1+2");
            assertThat(articles.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void failuresSheetKeepsHeaderAndSaysNoFailuresWhenEmpty() throws IOException {
        try (Workbook workbook = write(Reports.day(Reports.sampleSignals(), List.of()))) {
            Sheet failures = workbook.getSheet("Failures");
            assertThat(failures.getRow(0).getCell(0).getStringCellValue()).isEqualTo("URL");
            assertThat(failures.getRow(1).getCell(0).getStringCellValue()).isEqualTo("No failures");
        }
    }

    @Test
    void failuresSheetListsFailures() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            Row row = workbook.getSheet("Failures").getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("fetch");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("HTTP 503");
            assertThat(row.getCell(3).getNumericCellValue()).as("the status is a number").isEqualTo(503);
            assertThat(workbook.getSheet("Failures").getRow(2).getCell(3)).as("no HTTP answer, no status").isNull();
        }
    }

    @Test
    void methodSheetNamesLexiconVersionGeneratedAtAndWatch() throws IOException {
        try (Workbook workbook = write(Reports.sample())) {
            Sheet method = workbook.getSheet("Method");
            assertThat(valueNextTo(method, "Watch id").getStringCellValue()).isEqualTo("ukraine");
            assertThat(valueNextTo(method, "Lexicon version").getStringCellValue()).isEqualTo("lex-2022.02");
            Cell generated = valueNextTo(method, "Generated at (UTC)");
            assertThat(DateUtil.isCellDateFormatted(generated)).isTrue();
            assertThat(generated.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2022, 2, 15, 3, 0));
            assertThat(valueNextTo(method, "Net index").getStringCellValue())
                    .contains("(de-escalation intensity − escalation intensity)");
            assertThat(valueNextTo(method, "Trend threshold").getNumericCellValue()).isEqualTo(0.15);
            assertThat(valueNextTo(method, "Smoothing window (days)").getNumericCellValue()).isEqualTo(7.0);
            assertThat(valueNextTo(method, "7-day trend").getStringCellValue()).contains("improved");
        }
    }

    @Test
    void linkTooLongForAFormulaIsShownAsText() throws IOException {
        String url = "https://news.example/" + "a".repeat(300);
        try (Workbook workbook = write(Reports.day(List.of(Reports.row(url, "Example", -3, "s")), List.of()))) {
            Cell cell = workbook.getSheet("Signals").getRow(1).getCell(9);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(url);
        }
    }

    /** List sheets link with a HYPERLINK formula (it streams), showing the address as its stored result. */
    static void assertLinks(Cell cell, String url) {
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCellFormula()).isEqualTo("HYPERLINK(\"" + url + "\",\"" + url + "\")");
        assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(url);
    }

    static Cell valueNextTo(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row labelled " + label);
    }
}
