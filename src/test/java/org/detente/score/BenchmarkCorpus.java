package org.detente.score;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The text the scoring benchmarks read, and a clock for them: wall time and this thread's CPU time. */
final class BenchmarkCorpus {

    private static final int SENTENCES_PER_ARTICLE = 25;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BenchmarkCorpus() {
    }

    /** The lexicon's example sentences, one per line. */
    static List<String> exampleSentences() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("jobs/lexicons/default.examples.tsv"))) {
            String[] columns = line.split("\t", 3);
            if (columns.length == 3 && !line.startsWith("#") && !line.startsWith("rule_id")) {
                sentences.add(columns[2]);
            }
        }
        return sentences;
    }

    /** A few thousand sentences: the example sentences cut into articles of 25, twenty times, plus the seed page. */
    static List<String> articles() throws IOException {
        List<String> sentences = exampleSentences();
        String seed;
        try (var in = BenchmarkCorpus.class.getResourceAsStream("/score/seed-article.txt")) {
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

    static int countSentences(List<String> articles) {
        SentenceSplitter splitter = new SentenceSplitter();
        return articles.stream().mapToInt(a -> splitter.split(a).size()).sum();
    }

    /** Signals found in all articles, one pass. */
    static long scoreAll(SignalScorer scorer, List<String> articles) {
        long signals = 0;
        for (String article : articles) {
            signals += scorer.score(article).size();
        }
        return signals;
    }

    /** What one timed run took. */
    record Timing(long signals, double wallSeconds, double cpuSeconds) {
    }

    /** Scores the articles {@code rounds} times on this thread after {@code warmup} untimed rounds. */
    static Timing time(SignalScorer scorer, List<String> articles, int warmup, int rounds) {
        for (int i = 0; i < warmup; i++) {
            scoreAll(scorer, articles);
        }
        long signals = 0;
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            signals += scoreAll(scorer, articles);
        }
        return new Timing(signals, (System.nanoTime() - wall) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    }
}
