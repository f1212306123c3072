package org.detente.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints how many sentences per second {@link SignalScorer} scores on one thread with the default lexicon, over
 * articles made of the lexicon's example sentences and the seed page. Both wall-clock and CPU-time rates are
 * printed: on a shared, loaded machine the CPU-time rate is the one that says what the code costs. Not a test:
 * run it with {@code .ci/benchmark-scoring} or from the IDE, from the project directory.
 */
public final class ScoringBenchmark {

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        SignalScorer scorer = new SignalScorer(LexiconLoader.load(Path.of("jobs/lexicons/default.yaml")));
        List<String> articles = BenchmarkCorpus.articles();
        long perRound = BenchmarkCorpus.countSentences(articles);

        BenchmarkCorpus.Timing t = BenchmarkCorpus.time(scorer, articles, 3, rounds);

        long scored = perRound * rounds;
        System.out.printf("default lexicon, %d rules: %d articles, %d sentences per round, %d rounds: %d sentences, "
                        + "%d signals%n", scorer.lexicon().rules().size(), articles.size(), perRound, rounds, scored,
                t.signals());
        System.out.printf("%.0f sentences/s wall clock, %.0f sentences/s of CPU time (one thread)%n",
                scored / t.wallSeconds(), scored / t.cpuSeconds());
    }
}
