package org.detente.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;

/**
 * Pages per second of the extraction on one thread: each round reads every page of the folder (metadata and main
 * text), timed in this thread's CPU time (split into parsing, metadata and main text) so other work on a shared
 * machine does not count, and in wall time. The first round includes the JIT's warm-up.
 * Files ending in {@code .html.gz} are unpacked in memory first, outside the timing.
 *
 * <p>Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.detente.extract.ExtractionBenchmark [DIR] [ROUNDS]}
 * with {@code DIR} defaulting to {@code ../shared/data/extraction-dev/html} and {@code ROUNDS} to 3.
 */
public final class ExtractionBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/extraction-dev/html");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<byte[]> pages = load(dir);
        long bytes = pages.stream().mapToLong(p -> p.length).sum();
        System.out.printf(Locale.ROOT, "%d pages, %.1f MB of HTML, %d processors%n", pages.size(), bytes / 1e6,
                Runtime.getRuntime().availableProcessors());
        // the steps of ArticleExtractor.read, timed one by one
        MetadataReader metadata = new MetadataReader(ZoneOffset.UTC);
        MainTextExtractor mainText = new MainTextExtractor();
        LiveBlogReader liveBlog = new LiveBlogReader(ZoneOffset.UTC);
        String address = "https://example.org/page";
        for (int round = 1; round <= rounds; round++) {
            long parse = 0;
            long meta = 0;
            long text = 0;
            long entries = 0;
            long wallStart = System.nanoTime();
            for (byte[] html : pages) {
                long t0 = CPU.getCurrentThreadCpuTime();
                Document doc = ArticleExtractor.parse(html, address);
                long t1 = CPU.getCurrentThreadCpuTime();
                MetadataElements elements = MetadataElements.of(doc);
                JsonLd jsonLd = JsonLd.of(elements);
                PageMetadata page = metadata.read(doc, elements, jsonLd, address);
                long t2 = CPU.getCurrentThreadCpuTime();
                MainText main = mainText.read(doc);
                long t3 = CPU.getCurrentThreadCpuTime();
                liveBlog.read(main, page.published().map(Sourced::value), jsonLd);
                long t4 = CPU.getCurrentThreadCpuTime();
                parse += t1 - t0;
                meta += t2 - t1;
                text += t3 - t2;
                entries += t4 - t3;
            }
            double wall = (System.nanoTime() - wallStart) / 1e9;
            double seconds = (parse + meta + text + entries) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %.1f pages/s of CPU time (%.2f s: parse %.2f, metadata %.2f, "
                    + "main text %.2f, live-blog entries %.2f); %.1f pages/s of wall time (%.2f s)%n", round,
                    pages.size() / seconds, seconds, parse / 1e9, meta / 1e9, text / 1e9, entries / 1e9,
                    pages.size() / wall, wall);
        }
    }

    private static List<byte[]> load(Path dir) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".html.gz")) {
                    pages.add(ExtractionEvaluation.gunzip(f).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else if (name.endsWith(".html")) {
                    pages.add(Files.readAllBytes(f));
                }
            }
        }
        return pages;
    }
}
