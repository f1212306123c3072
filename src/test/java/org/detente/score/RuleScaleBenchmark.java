package org.detente.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

/**
 * Shows how scoring time grows with the size of the lexicon: the default lexicon alone, then followed by generated
 * rules up to 100, 1,000 and 10,000 rules in all, each lexicon written as a file, loaded, and timed on the same
 * articles on one thread. Generated rules are shaped like real ones, "(a|b|c) ..3.. (d|e)" or "stem* x", over
 * the words of the corpus itself, so that many of them fire. Not a test: run it with
 * {@code .ci/benchmark-scoring} or from the IDE, from the project directory.
 */
public final class RuleScaleBenchmark {

    /** Rules in all; the first is below the default lexicon's size, so it is the default lexicon alone. */
    private static final int[] SIZES = {100, 1_000, 10_000};

    private RuleScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> articles = BenchmarkCorpus.articles();
        long perRound = BenchmarkCorpus.countSentences(articles);
        List<String> vocabulary = vocabulary(BenchmarkCorpus.exampleSentences());
        String defaultLexicon = Files.readString(Path.of("jobs/lexicons/default.yaml"));
        Path dir = Files.createTempDirectory("detente-rule-scale");
        // warm the JIT on the default lexicon first, so that the first row is not paying for it
        BenchmarkCorpus.time(new SignalScorer(LexiconLoader.load(Path.of("jobs/lexicons/default.yaml"))), articles, 5, 0);
        System.out.printf("%d sentences per round, %d rounds, vocabulary of %d words%n", perRound, rounds,
                vocabulary.size());
        System.out.printf("%8s %9s %12s %14s %14s%n", "rules", "load ms", "signals", "sentences/s", "CPU sent./s");
        for (int size : SIZES) {
            Path file = dir.resolve("scale-" + size + ".yaml");
            Files.writeString(file, withGeneratedRules(defaultLexicon, size, vocabulary));
            long start = System.nanoTime();
            Lexicon lexicon = LexiconLoader.load(file);
            double loadMs = (System.nanoTime() - start) / 1e6;
            BenchmarkCorpus.Timing t = BenchmarkCorpus.time(new SignalScorer(lexicon), articles, 2, rounds);
            long scored = perRound * rounds;
            System.out.printf(Locale.ROOT, "%8d %9.0f %12d %14.0f %14.0f%n", lexicon.rules().size(), loadMs,
                    t.signals() / rounds, scored / t.wallSeconds(), scored / t.cpuSeconds());
            Files.delete(file);
        }
        Files.delete(dir);
    }

    /** Words of four letters or more, as the tokenizer writes them, sorted for a deterministic choice. */
    static List<String> vocabulary(List<String> sentences) {
        TreeSet<String> words = new TreeSet<>();
        for (String sentence : sentences) {
            for (Token token : Tokenizer.tokenize(sentence, 0, sentence.length())) {
                if (token.norm().length() >= 4 && token.norm().chars().allMatch(Character::isLetter)) {
                    words.add(token.norm());
                }
            }
        }
        return new ArrayList<>(words);
    }

    /** The default lexicon with generated rules appended until it holds {@code total} rules. */
    static String withGeneratedRules(String lexicon, int total, List<String> vocabulary) {
        int existing = LexiconLoader.load("default.yaml", lexicon.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .rules().size();
        Random random = new Random(total);
        StringBuilder out = new StringBuilder(lexicon.stripTrailing()).append("\n");
        for (int i = existing; i < total; i++) {
            boolean up = random.nextBoolean();
            out.append("  - id: generated-").append(i).append('\n')
                    .append("    category: diplomacy\n")
                    .append("    direction: ").append(up ? "escalation" : "de-escalation").append('\n')
                    .append("    intensity: ").append(up ? -(1 + random.nextInt(9)) : 1 + random.nextInt(9)).append('\n')
                    .append("    patterns:\n")
                    .append("      - ").append(pattern(random, vocabulary)).append('\n');
        }
        return out.toString();
    }

    private static String pattern(Random random, List<String> vocabulary) {
        if (random.nextInt(4) == 0) {
            String stem = pick(random, vocabulary);
            return stem.substring(0, Math.max(3, stem.length() - 2)) + "* " + pick(random, vocabulary);
        }
        return "(" + alternatives(random, vocabulary, 1 + random.nextInt(4)) + ") .." + (1 + random.nextInt(4))
                + ".. (" + alternatives(random, vocabulary, 1 + random.nextInt(3)) + ")";
    }

    private static String alternatives(Random random, List<String> vocabulary, int count) {
        TreeSet<String> words = new TreeSet<>();
        while (words.size() < count) {
            words.add(pick(random, vocabulary));
        }
        return String.join("|", words);
    }

    private static String pick(Random random, List<String> vocabulary) {
        return vocabulary.get(random.nextInt(vocabulary.size()));
    }
}
