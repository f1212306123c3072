package org.detente.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day's WARC files: what a live run wrote is what a rerun reads back, failures included; damage is skipped. */
class WebArchiveTest {

    private static final LocalDate DATE = LocalDate.of(2022, 2, 14);
    private static final Instant AT = Instant.parse("2022-02-15T01:00:00Z");

    @TempDir
    Path root;

    private static Exchange exchange(String url, int status, String body, String... headers) {
        List<Exchange.HttpHeader> h = new ArrayList<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            h.add(new Exchange.HttpHeader(headers[i], headers[i + 1]));
        }
        return new Exchange(Exchange.newRecordId(), url, status, status == 200 ? "OK" : "Not Found", h,
                body.getBytes(StandardCharsets.UTF_8), AT);
    }

    private static FetchResult ok(Exchange ex) {
        return new FetchResult(ex.url(), ex.url(), ex.status(), ex.rawBody(), ex.contentType(), AT, null, false,
                List.of(ex));
    }

    @Nested
    class Replay {

        @Test
        void givesBackSuccessesFailuresAndNotModifiedBodiesAsTheyWere() throws IOException {
            Exchange page = exchange("https://a.example/p", 200, "<p>page</p>", "Content-Type", "text/html",
                    "Transfer-Encoding", "chunked");
            Exchange gone = exchange("https://a.example/gone", 404, "no");
            try (WarcDayWriter w = WarcDayWriter.openNext(root, "w", DATE)) {
                w.write(page);
                w.outcome(ok(page));
                w.write(gone);
                w.outcome(FetchResult.failed(gone.url(), gone.url(), 404, AT, "HTTP 404 Not Found", List.of(gone)));
                w.outcome(FetchResult.failed("https://down.example/x", "https://down.example/x", 0, AT,
                        "connection refused: Connection refused", List.of()));
                w.outcome(new FetchResult("https://a.example/feed", "https://a.example/feed", 304,
                        "<rss>earlier</rss>".getBytes(), "application/rss+xml", AT, null, true, List.of()));
            }

            WarcDay day = WarcDay.load(root, "w", DATE);

            FetchResult p = day.replay("https://a.example/p", 1000);
            assertThat(p.ok()).isTrue();
            assertThat(new String(p.body(), StandardCharsets.UTF_8)).isEqualTo("<p>page</p>");
            assertThat(p.contentType()).isEqualTo("text/html");
            assertThat(day.replay("https://a.example/gone", 1000).error()).isEqualTo("HTTP 404 Not Found");
            assertThat(day.replay("https://a.example/gone", 1000).status()).isEqualTo(404);
            assertThat(day.replay("https://down.example/x", 1000).error())
                    .isEqualTo("connection refused: Connection refused");
            FetchResult feed = day.replay("https://a.example/feed", 1000);
            assertThat(feed.notModified()).isTrue();
            assertThat(new String(feed.body(), StandardCharsets.UTF_8)).isEqualTo("<rss>earlier</rss>");
            assertThat(day.replay("https://a.example/never", 1000)).isNull();
        }

        @Test
        void aFileStillBeingWrittenIsNotRead() throws IOException {
            WarcDayWriter open = WarcDayWriter.openNext(root, "w", DATE);
            Exchange page = exchange("https://a.example/p", 200, "x");
            open.write(page);
            open.outcome(ok(page));

            assertThat(WarcDay.files(root, "w", DATE)).isEmpty();
            open.close();
            assertThat(WarcDay.files(root, "w", DATE)).extracting(f -> f.getFileName().toString())
                    .containsExactly("2022-02-14-001.warc.gz");
            assertThat(root.resolve("w/2022/2022-02-14-001.warc.gz")).exists();
        }
    }

    @Nested
    class Damage {

        private Path threeRecords() throws IOException {
            Path file;
            try (WarcDayWriter w = WarcDayWriter.openNext(root, "w", DATE)) {
                for (String name : List.of("one", "two", "three")) {
                    w.write(exchange("https://a.example/" + name, 200, ("<html><body><p>" + name + "</p>"
                            + "x".repeat(2000) + "</body></html>"), "Content-Type", "text/html"));
                }
                file = w.file();
            }
            return file;
        }

        private List<Long> offsets(Path file) throws IOException {
            List<Long> offsets = new ArrayList<>();
            WarcRecords.read(file, (r, offset) -> offsets.add(offset), (o, p) -> { });
            return offsets;
        }

        @Test
        void aCorruptRecordIsSkippedAndTheRestKept() throws IOException {
            Path file = threeRecords();
            List<Long> offsets = offsets(file);
            byte[] bytes = Files.readAllBytes(file);
            for (long i = offsets.get(1) + 30; i < offsets.get(1) + 60; i++) {
                bytes[(int) i] ^= 0x5a;
            }
            Files.write(file, bytes);
            List<String> read = new ArrayList<>();
            List<Long> readAt = new ArrayList<>();
            List<String> damage = new ArrayList<>();

            WarcRecords.read(file, (r, offset) -> {
                read.add(((org.netpreserve.jwarc.WarcTargetRecord) r).target());
                readAt.add(offset);
            }, (offset, problem) -> damage.add(offset + ": " + problem));

            assertThat(read).containsExactly("https://a.example/one", "https://a.example/three");
            assertThat(readAt).containsExactly(offsets.get(0), offsets.get(2));
            assertThat(damage).hasSize(1).first().asString().startsWith(offsets.get(1) + ": ");
            String third = WarcRecords.readAt(file, offsets.get(2),
                    r -> ((org.netpreserve.jwarc.WarcTargetRecord) r).target());
            assertThat(third).isEqualTo("https://a.example/three");
        }

        @Test
        void aTruncatedFileKeepsTheRecordsBeforeTheCut() throws IOException {
            Path file = threeRecords();
            List<Long> offsets = offsets(file);
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, (int) (offsets.get(2) + 40)));
            List<String> damage = new ArrayList<>();

            List<Long> read = new ArrayList<>();
            WarcRecords.read(file, (r, offset) -> read.add(offset), (offset, problem) -> damage.add(problem));

            assertThat(read).containsExactly(offsets.get(0), offsets.get(1));
            assertThat(damage).hasSize(1);
        }

        @Test
        void theImporterRecordsTheDamageAndImportsTheOtherPages(@TempDir Path jobs) throws IOException {
            Path file = threeRecords();
            List<Long> offsets = offsets(file);
            byte[] bytes = Files.readAllBytes(file);
            bytes[(int) (offsets.get(1) + 40)] ^= 0x5a;
            bytes[(int) (offsets.get(1) + 41)] ^= 0x5a;
            Files.createDirectories(jobs.resolve("warcs"));
            Files.write(jobs.resolve("warcs/old.warc.gz"), bytes);

            WarcImporter.Result r = new WarcImporter(jobs, (content, url) -> java.util.Optional.of(DATE), 1_000_000)
                    .read("warc:warcs", "warcs", url -> true);

            assertThat(r.pages()).extracting(CollectedPage::url)
                    .containsExactly("https://a.example/one", "https://a.example/three");
            assertThat(r.pages()).allSatisfy(p -> assertThat(p.publishedDate()).isEqualTo(DATE));
            assertThat(r.failures()).singleElement().satisfies(f -> {
                assertThat(f.url()).isEqualTo("file:warcs/old.warc.gz#" + offsets.get(1));
                assertThat(f.reason()).startsWith("damaged WARC record skipped at byte " + offsets.get(1));
            });
        }
    }
}
