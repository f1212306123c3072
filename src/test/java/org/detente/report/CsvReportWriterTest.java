package org.detente.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportWriterTest {

    @TempDir
    Path dir;

    private final CsvReportWriter writer = new CsvReportWriter();

    @Test
    void signalsFileHasBomCrLfAndTheDocumentedHeader() throws IOException {
        Path file = dir.resolve("signals.csv");
        writer.writeSignals(file, Reports.DAY, RowSource.of(Reports.sampleSignals()));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, UTF_8)).startsWith("\uFEFFdate,published,article_url,outlet,story_id,category,"
                + "direction,intensity,evidence,sentence,start,end,rule,modifiers,entry_time\r\n").endsWith("\r\n");
        assertThat(parse(file).getHeaderNames()).containsExactly("date", "published", "article_url", "outlet",
                "story_id", "category", "direction", "intensity", "evidence", "sentence", "start", "end", "rule",
                "modifiers", "entry_time");
    }

    @Test
    void signalValuesRoundTripWithQuotesCommasAndLineBreaks() throws IOException {
        Path file = dir.resolve("signals.csv");
        writer.writeSignals(file, Reports.DAY, RowSource.of(Reports.sampleSignals()));

        List<CSVRecord> records = parse(file).getRecords();
        CSVRecord first = records.get(0);
        assertThat(first.get("date")).isEqualTo("2022-02-14");
        assertThat(first.get("published")).isEqualTo("2022-02-14T09:30:00+01:00");
        assertThat(first.get("article_url")).isEqualTo("https://news.example/a");
        assertThat(first.get("direction")).isEqualTo("escalation");
        assertThat(first.get("intensity")).isEqualTo("-7.0");
        assertThat(first.get("sentence")).isEqualTo("Troops, tanks and \"artillery\" massed\nat the border.");
        assertThat(first.get("start")).isEqualTo("10");
        assertThat(first.get("end")).isEqualTo("16");
        assertThat(first.get("modifiers")).isEqualTo("hedged;future");
        assertThat(records.get(2).get("published")).isEqualTo("2022-02-14T12:00:00Z");
        assertThat(records.get(3).get("intensity")).isEqualTo("0.3");
        assertThat(records).hasSize(4);
    }

    @Test
    void formulaLookingEvidenceIsNeutralised() throws IOException {
        Path file = dir.resolve("signals.csv");
        writer.writeSignals(file, Reports.DAY, RowSource.of(Reports.sampleSignals()));

        List<CSVRecord> records = parse(file).getRecords();
        assertThat(records.get(1).get("evidence")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(records.get(3).get("evidence")).isEqualTo("'=1+2");
    }

    @Test
    void articlesKeepGivenOrderAndLeaveUnknownDatesEmpty() throws IOException {
        Path file = dir.resolve("articles.csv");
        writer.writeArticles(file, Reports.DAY, Reports.sample().articles());

        CSVParser parser = parse(file);
        assertThat(parser.getHeaderNames()).containsExactly("date", "published", "url", "outlet", "title",
                "language", "story_id", "escalation_signals", "de_escalation_signals", "story_outlets");
        List<CSVRecord> records = parser.getRecords();
        assertThat(records.get(0).get("story_outlets")).isEqualTo("Example News; Wire Copy Daily");
        assertThat(records).extracting(r -> r.get("url")).containsExactly("https://news.example/a",
                "https://wire.example/b", "https://undated.example/c");
        assertThat(records.get(0).get("title")).isEqualTo("Troops mass, talks \"stall\", sides say");
        assertThat(records.get(0).get("escalation_signals")).isEqualTo("2");
        assertThat(records.get(1).get("title")).isEqualTo("'=1+2");
        assertThat(records.get(2).get("published")).isEmpty();
    }

    @Test
    void failuresFileHasHeaderEvenWhenEmpty() throws IOException {
        Path file = dir.resolve("failures.csv");
        writer.writeFailures(file, Reports.DAY, List.of());

        assertThat(Files.readString(file, UTF_8)).isEqualTo("\uFEFFdate,url,stage,reason,http_status\r\n");
    }

    @Test
    void failuresRoundTrip() throws IOException {
        Path file = dir.resolve("failures.csv");
        writer.writeFailures(file, Reports.DAY, List.of(
                new FailureRow("https://down.example/x", "fetch", "HTTP 503 after 4 attempts", 503),
                new FailureRow("https://gone.example/y", "fetch", "connection refused")));

        List<CSVRecord> records = parse(file).getRecords();
        assertThat(records.get(0).toList()).containsExactly("2022-02-14", "https://down.example/x", "fetch",
                "HTTP 503 after 4 attempts", "503");
        assertThat(records.get(1).toList()).as("no HTTP answer, no status")
                .containsExactly("2022-02-14", "https://gone.example/y", "fetch", "connection refused", "");
    }

    @Test
    void indicatorsUseFixedDecimalsAndTheDocumentedHeader() throws IOException {
        Path file = dir.resolve("indicators.csv");
        writer.writeIndicators(file, Reports.trends(List.of(Reports.indicator("total", 3, 1, 7.5, 2.5, -0.25))));

        CSVParser parser = parse(file);
        assertThat(parser.getHeaderNames()).containsExactly("date", "category", "escalation_signals",
                "de_escalation_signals", "escalation_intensity", "de_escalation_intensity", "net_index", "articles",
                "sources", "lexicon_version", "escalation_per_article", "de_escalation_per_article", "change_1d",
                "smoothed_7d", "baseline_z", "trend");
        assertThat(parser.getRecords().get(0).toList()).containsExactly("2022-02-14", "total", "3", "1", "7.5",
                "2.5", "-0.2500", "3", "2", "lex-2022.02", "2.5000", "0.8333", "", "-0.2500", "", "");
    }

    @Test
    void sameInputsGiveByteIdenticalFiles() throws IOException {
        DayReport report = Reports.sample();
        Path first = dir.resolve("one");
        Path second = dir.resolve("two");
        for (Path folder : List.of(first, second)) {
            writer.writeSignals(folder.resolve("signals.csv"), report.date(), report.signals());
            writer.writeArticles(folder.resolve("articles.csv"), report.date(), report.articles());
            writer.writeFailures(folder.resolve("failures.csv"), report.date(), report.failures());
            writer.writeIndicators(folder.resolve("indicators.csv"), report.history());
        }

        for (String name : List.of("signals.csv", "articles.csv", "failures.csv", "indicators.csv")) {
            assertThat(Files.readAllBytes(second.resolve(name))).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    /** Parses like a data team would: strip the BOM, then RFC 4180 with the first row as header. */
    static CSVParser parse(Path file) throws IOException {
        String content = Files.readString(file, UTF_8);
        assertThat(content).startsWith("\uFEFF");
        Reader reader = new StringReader(content.substring(1));
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
    }
}
