package org.detente.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prints how many sentences per second {@link SignalScorer} scores with the default lexicon, over articles made
 * of the lexicon's example sentences and the seed page. Not a test: run it by hand, e.g. from the IDE or with
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.detente.score.ScoringBenchmark [rounds]}
 * from the project directory.
 */
public final class ScoringBenchmark {

    private static final int SENTENCES_PER_ARTICLE = 25;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        SignalScorer scorer = new SignalScorer(LexiconLoader.load(Path.of("jobs/lexicons/default.yaml")));
        List<String> articles = articles();

        for (int i = 0; i < 3; i++) {
            run(scorer, articles);
        }
        long signals = 0;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            signals += run(scorer, articles);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long scored = (long) countSentences(articles) * rounds;
        System.out.printf("%d articles, %d sentences per round, %d rounds: %d sentences, %d signals in %.2f s%n",
                articles.size(), scored / rounds, rounds, scored, signals, seconds);
        System.out.printf("%.0f sentences/s (one thread)%n", scored / seconds);
    }

    private static long run(SignalScorer scorer, List<String> articles) {
        long signals = 0;
        for (String article : articles) {
            signals += scorer.score(article).size();
        }
        return signals;
    }

    private static int countSentences(List<String> articles) {
        SentenceSplitter splitter = new SentenceSplitter();
        return articles.stream().mapToInt(a -> splitter.split(a).size()).sum();
    }

    /** A few thousand sentences: the example sentences cut into articles of 25, one per line, plus the seed page. */
    private static List<String> articles() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("jobs/lexicons/default.examples.tsv"))) {
            String[] columns = line.split("\t", 3);
            if (columns.length == 3 && !line.startsWith("#") && !line.startsWith("rule_id")) {
                sentences.add(columns[2]);
            }
        }
        String seed;
        try (var in = ScoringBenchmark.class.getResourceAsStream("/score/seed-article.txt")) {
            seed = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> articles = new ArrayList<>();
        for (int copy = 0; copy < 20; copy++) {
            for (int i = 0; i < sentences.size(); i += SENTENCES_PER_ARTICLE) {
                List<String> part = sentences.subList(i, Math.min(sentences.size(), i + SENTENCES_PER_ARTICLE));
                articles.add(String.join(copy % 2 == 0 ? " " : "\n", part));
            }
            articles.add(seed);
        }
        return articles;
    }
}
