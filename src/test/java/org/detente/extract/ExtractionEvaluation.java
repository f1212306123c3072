package org.detente.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.time.ZoneOffset;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Measures the main-text extraction on the extraction development set (WCXB article pages: {@code index.tsv},
 * {@code html/<id>.html.gz}, {@code ground-truth/<id>.json}) with the benchmark's own metric: mean token precision,
 * recall and F1 over pages, the share of must-include snippets found and of must-exclude snippets found, the worst
 * pages, and the same figures on the odd and even halves so a gain that only one half sees shows up; also how often
 * the title, publication date and author read from the page match the reviewed ones.
 *
 * <p>Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.detente.extract.ExtractionEvaluation [DIR] [WORST]}
 * with {@code DIR} defaulting to {@code ../shared/data/extraction-dev} and {@code WORST} (pages listed) to 15.
 */
public final class ExtractionEvaluation {

    /** One page's outcome. */
    record PageResult(String id, String url, TokenScore score, int withFound, int withTotal, int withoutFound,
                      int withoutTotal, boolean titleRight, boolean dateRight, boolean authorRight) {
    }

    private ExtractionEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/extraction-dev");
        int worst = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<PageResult> results = evaluate(dir);
        print("all pages", results);
        print("odd rows", half(results, 1));
        print("even rows", half(results, 0));
        System.out.println();
        System.out.println("worst pages by F1:");
        results.stream().sorted(Comparator.comparingDouble(r -> r.score().f1())).limit(worst)
                .forEach(r -> System.out.printf(Locale.ROOT, "  %s  F1 %.3f  P %.3f  R %.3f  %s%n",
                        r.id(), r.score().f1(), r.score().precision(), r.score().recall(), r.url()));
    }

    static List<PageResult> evaluate(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        MainTextExtractor extractor = new MainTextExtractor();
        MetadataReader metadata = new MetadataReader(ZoneOffset.UTC);
        List<PageResult> results = new ArrayList<>();
        List<String> rows = Files.readAllLines(dir.resolve("index.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] cols = row.split("\t");
            String id = cols[0];
            String url = cols[1];
            String html = gunzip(dir.resolve("html").resolve(id + ".html.gz"));
            JsonNode truth = json.readTree(dir.resolve("ground-truth").resolve(id + ".json").toFile()).get("ground_truth");
            Document doc = Jsoup.parse(html, url);
            PageMetadata meta = metadata.read(doc, url);
            String predicted = extractor.text(doc);
            String lower = predicted.toLowerCase(Locale.ROOT);
            int[] with = found(truth.get("with"), lower);
            int[] without = found(truth.get("without"), lower);
            results.add(new PageResult(id, url, TokenScore.of(predicted, truth.get("main_content").asText()),
                    with[0], with[1], without[0], without[1], sameTitle(meta.title().value(), truth.path("title").asText()),
                    meta.published().map(p -> p.value().toLocalDate().toString()).orElse("")
                            .equals(truth.path("publish_date").asText()),
                    sameAuthor(meta.author().value(), truth.path("author").asText(""))));
        }
        return results;
    }

    private static boolean sameTitle(String predicted, String truth) {
        return normalized(predicted).equals(normalized(truth));
    }

    /** Author strings differ in how names are joined, so one containing the other counts. */
    private static boolean sameAuthor(String predicted, String truth) {
        String p = normalized(predicted);
        String t = normalized(truth);
        return t.isEmpty() || t.equals("null") ? p.isEmpty() : !p.isEmpty() && (p.contains(t) || t.contains(p));
    }

    private static String normalized(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }

    private static int[] found(JsonNode snippets, String lowerText) {
        int found = 0;
        int total = 0;
        if (snippets != null) {
            for (JsonNode s : snippets) {
                total++;
                if (lowerText.contains(s.asText().toLowerCase(Locale.ROOT))) {
                    found++;
                }
            }
        }
        return new int[] {found, total};
    }

    private static List<PageResult> half(List<PageResult> all, int parity) {
        List<PageResult> half = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((i + 1) % 2 == parity) {
                half.add(all.get(i));
            }
        }
        return half;
    }

    private static void print(String label, List<PageResult> results) {
        double p = 0;
        double r = 0;
        double f = 0;
        int withFound = 0;
        int withTotal = 0;
        int withoutFound = 0;
        int withoutTotal = 0;
        int titles = 0;
        int dates = 0;
        int authors = 0;
        for (PageResult x : results) {
            titles += x.titleRight() ? 1 : 0;
            dates += x.dateRight() ? 1 : 0;
            authors += x.authorRight() ? 1 : 0;
            p += x.score().precision();
            r += x.score().recall();
            f += x.score().f1();
            withFound += x.withFound();
            withTotal += x.withTotal();
            withoutFound += x.withoutFound();
            withoutTotal += x.withoutTotal();
        }
        int n = results.size();
        System.out.printf(Locale.ROOT,
                "%-10s %3d pages  F1 %.3f  P %.3f  R %.3f  must-include found %.3f  must-exclude found %.3f%n",
                label, n, f / n, p / n, r / n, (double) withFound / withTotal, (double) withoutFound / withoutTotal);
        System.out.printf(Locale.ROOT, "%-10s metadata right: title %.3f  publication date %.3f  author %.3f%n", "",
                (double) titles / n, (double) dates / n, (double) authors / n);
    }

    static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
