package org.detente.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path root;

    private final ReportWriter writer = new ReportWriter();

    @Test
    void writesTheDocumentedLayout() throws IOException {
        ReportFiles files = writer.write(Reports.sample(), root);

        Path day = root.resolve("ukraine/2022/2022-02-14");
        assertThat(files).isEqualTo(new ReportFiles(day.resolve("detente-ukraine-2022-02-14.xlsx"),
                day.resolve("signals.csv"), day.resolve("articles.csv"), day.resolve("failures.csv"),
                root.resolve("ukraine/indicators.csv")));
        for (Path file : List.of(files.workbook(), files.signals(), files.articles(), files.failures(),
                files.indicators())) {
            assertThat(file).isRegularFile();
        }
    }

    @Test
    void indicatorsFileHoldsTheWholeHistory() throws IOException {
        ReportFiles files = writer.write(Reports.sample(), root);

        List<CSVRecord> records = CsvReportWriterTest.parse(files.indicators()).getRecords().stream()
                .filter(r -> r.get("category").equals("total")).toList();
        assertThat(records).extracting(r -> r.get("date")).containsExactly("2022-02-13", "2022-02-14");
        assertThat(records).extracting(r -> r.get("net_index")).containsExactly("0.5000", "-0.5000");
        assertThat(records).extracting(r -> r.get("change_1d")).containsExactly("", "-1.0000");
    }

    @Test
    void writingTheSameDayTwiceGivesByteIdenticalCsvFilesAndNoLeftovers() throws IOException {
        ReportFiles first = writer.write(Reports.sample(), root);
        byte[] signals = Files.readAllBytes(first.signals());
        byte[] articles = Files.readAllBytes(first.articles());
        byte[] failures = Files.readAllBytes(first.failures());
        byte[] indicators = Files.readAllBytes(first.indicators());

        ReportFiles second = writer.write(Reports.sample(), root);

        assertThat(Files.readAllBytes(second.signals())).isEqualTo(signals);
        assertThat(Files.readAllBytes(second.articles())).isEqualTo(articles);
        assertThat(Files.readAllBytes(second.failures())).isEqualTo(failures);
        assertThat(Files.readAllBytes(second.indicators())).isEqualTo(indicators);
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void rejectsWatchIdsThatWouldLeaveTheReportsFolder() {
        for (String watch : List.of("../etc", "a/b", "..", "", " ukraine")) {
            DayReport report = withWatch(watch);
            assertThatThrownBy(() -> writer.write(report, root)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(root).isEmptyDirectory();
    }

    private static DayReport withWatch(String watch) {
        DayReport r = Reports.sample();
        return new DayReport(watch, r.watchTitle(), r.date(), r.lexiconVersion(), r.generatedAt(), r.articles(),
                r.signals(), r.strongest(), r.indicators(), r.history(), r.failures(), r.trendSettings());
    }
}
