package org.detente.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.detente.extract.ArticleExtractor;

/**
 * Prints how long collecting a large folder takes the first time (every page read and dated) and on later runs
 * (only file stamps compared), which is what each run date pays. Not a test: run it by hand,
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.detente.collect.FolderCollectBenchmark [pages]}.
 */
public final class FolderCollectBenchmark {

    private FolderCollectBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path jobs = Files.createTempDirectory("detente-folder-bench");
        Path folder = Files.createDirectories(jobs.resolve("pages"));
        String template = Files.readString(
                Path.of("src/test/resources/pages/mubasher-2022-02-14-still-a-chance/page.html"));
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < pages; i++) {
            String date = first.plusDays(i % 1000).toString();
            Files.writeString(folder.resolve("page-" + i + ".html"),
                    template.replace("2022-02-14", date), StandardCharsets.UTF_8);
        }
        ZoneId zone = ZoneId.of("Europe/Kyiv");
        ArticleExtractor extractor = new ArticleExtractor(zone);
        FolderCollector collector = new FolderCollector(jobs, (bytes, url) -> extractor.publishedAt(bytes, url)
                .map(t -> t.atZoneSameInstant(zone).toLocalDate()), 10L << 20, Clock.systemUTC());

        long t0 = System.nanoTime();
        FolderCollector.Result initial = collector.collect("bench", "pages", name -> true, Map.of());
        long t1 = System.nanoTime();
        Map<String, FileStamp> known = new HashMap<>();
        initial.pages().forEach(p -> known.put(p.url(), new FileStamp(p.originSize(), p.originModified())));
        long t2 = System.nanoTime();
        FolderCollector.Result again = collector.collect("bench", "pages", name -> true, known);
        long t3 = System.nanoTime();

        System.out.printf(Locale.ROOT, "folder of %d pages (%.1f MB)%n", pages,
                pages * (double) template.length() / 1e6);
        System.out.printf(Locale.ROOT, "first collection: %d pages read and dated in %.2f s (%.0f pages/s)%n",
                initial.pages().size(), (t1 - t0) / 1e9, initial.pages().size() / ((t1 - t0) / 1e9));
        System.out.printf(Locale.ROOT, "next collection:  %d unchanged, %d read, in %.3f s%n",
                again.unchanged(), again.pages().size(), (t3 - t2) / 1e9);
        try (var files = Files.walk(jobs)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
