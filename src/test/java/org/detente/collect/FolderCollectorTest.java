package org.detente.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderCollectorTest {

    @TempDir
    Path jobs;
    private final AtomicInteger datesRead = new AtomicInteger();
    private FolderCollector collector;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(jobs.resolve("pages/sub"));
        PageDater dater = (bytes, url) -> {
            datesRead.incrementAndGet();
            String html = new String(bytes, StandardCharsets.UTF_8);
            return html.contains("2022-02-14") ? Optional.of(LocalDate.of(2022, 2, 14)) : Optional.empty();
        };
        collector = new FolderCollector(jobs, dater, 1000,
                Clock.fixed(Instant.parse("2022-02-15T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void readsEveryHtmlFileWithItsBytesHashAndDate() throws IOException {
        write("pages/a.html", "<p>2022-02-14</p>");
        write("pages/sub/b.htm", "<p>undated</p>");
        write("pages/notes.txt", "not a page");

        FolderCollector.Result result = collector.collect("folder:pages", "pages", name -> true, Map.of());

        assertThat(result.pages()).extracting(CollectedPage::url)
                .containsExactly("file:pages/a.html", "file:pages/sub/b.htm");
        CollectedPage a = result.pages().get(0);
        assertThat(new String(a.content(), StandardCharsets.UTF_8)).isEqualTo("<p>2022-02-14</p>");
        assertThat(a.sha256()).hasSize(64);
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2022, 2, 14));
        assertThat(result.pages().get(1).publishedDate()).isNull();
    }

    @Test
    void filesUnchangedSinceTheLastCollectionAreNotReadAgain() throws IOException {
        write("pages/a.html", "<p>2022-02-14</p>");
        write("pages/b.html", "<p>2022-02-14</p>");
        FolderCollector.Result first = collector.collect("s", "pages", name -> true, Map.of());
        Map<String, FileStamp> known = new HashMap<>();
        first.pages().forEach(p -> known.put(p.url(), new FileStamp(p.originSize(), p.originModified())));
        datesRead.set(0);

        FolderCollector.Result second = collector.collect("s", "pages", name -> true, known);

        assertThat(second.pages()).isEmpty();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(datesRead).hasValue(0);
    }

    @Test
    void emptyAndOversizedFilesAreRecordedAsFailures() throws IOException {
        write("pages/empty.html", "");
        write("pages/huge.html", "x".repeat(2000));

        FolderCollector.Result result = collector.collect("s", "pages", name -> true, Map.of());

        assertThat(result.pages()).isEmpty();
        assertThat(result.failures()).extracting(CollectFailure::url, CollectFailure::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("file:pages/empty.html", "empty file"),
                org.assertj.core.groups.Tuple.tuple("file:pages/huge.html", "file larger than 1000 bytes"));
    }

    @Test
    void filesTheSourceDoesNotAcceptAreLeftAlone() throws IOException {
        write("pages/keep.html", "<p>x</p>");
        write("pages/skip.html", "<p>x</p>");

        FolderCollector.Result result = collector.collect("s", "pages", name -> name.startsWith("keep"), Map.of());

        assertThat(result.pages()).extracting(CollectedPage::url).containsExactly("file:pages/keep.html");
    }

    private void write(String path, String content) throws IOException {
        Files.writeString(jobs.resolve(path), content, StandardCharsets.UTF_8);
    }
}
