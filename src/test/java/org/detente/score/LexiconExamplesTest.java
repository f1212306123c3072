package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default lexicon against the example sentences written beside it (default.examples.tsv). */
class LexiconExamplesTest {

    static final Path LEXICON = Path.of("jobs/lexicons/default.yaml");
    static final Path EXAMPLES = Path.of("jobs/lexicons/default.examples.tsv");

    record Example(int line, String ruleId, String expected, String sentence) {
    }

    static Lexicon lexicon;
    static SignalScorer scorer;
    static List<Example> examples;

    @BeforeAll
    static void load() throws IOException {
        lexicon = LexiconLoader.load(LEXICON);
        scorer = new SignalScorer(lexicon);
        examples = readExamples(EXAMPLES);
    }

    @Test
    void everyRuleHasAnExampleThatExpectsASignal() {
        Set<String> covered = examples.stream().filter(e -> !e.expected().equals("none"))
                .map(Example::ruleId).collect(Collectors.toSet());
        List<String> uncovered = lexicon.rules().stream().map(Rule::id).filter(id -> !covered.contains(id)).toList();

        assertThat(uncovered).as("rules of %s without an example in %s", LEXICON, EXAMPLES).isEmpty();
    }

    @Test
    void examplesNameRulesOfTheLexiconAndKnownDirections() {
        Set<String> ids = lexicon.rules().stream().map(Rule::id).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Example e : examples) {
            if (!ids.contains(e.ruleId()) && !(e.ruleId().equals("-") && e.expected().equals("none"))) {
                problems.add(EXAMPLES + ":" + e.line() + ": unknown rule '" + e.ruleId() + "'");
            }
            if (!Set.of("escalation", "de-escalation", "none").contains(e.expected())) {
                problems.add(EXAMPLES + ":" + e.line() + ": expected must be escalation, de-escalation or none");
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void everyExampleYieldsItsExpectedSignal() {
        List<String> mismatches = new ArrayList<>();
        for (Example e : examples) {
            List<Signal> signals = scorer.score(e.sentence());
            boolean ok = e.expected().equals("none")
                    ? signals.isEmpty()
                    : signals.stream().anyMatch(s -> s.rule().equals(e.ruleId())
                            && s.direction().label().equals(e.expected()));
            if (!ok) {
                mismatches.add(EXAMPLES + ":" + e.line() + ": " + e.ruleId() + " expected " + e.expected()
                        + "\n      sentence: " + e.sentence() + "\n      got: " + describe(signals));
            }
        }

        assertThat(mismatches).withFailMessage("%d of %d examples do not read as expected:%n%s", mismatches.size(),
                examples.size(), String.join("\n", mismatches)).isEmpty();
    }

    @Test
    void everyCategoryHasRulesInEachDirectionItsTableNames() {
        Set<String> seen = new TreeSet<>();
        lexicon.rules().forEach(r -> seen.add(r.category() + " " + r.direction().label()));

        assertThat(seen).containsAll(lexicon.categories().stream()
                .filter(c -> !c.equals("use-of-force")).map(c -> c + " de-escalation").toList());
        assertThat(seen).containsAll(lexicon.categories().stream().map(c -> c + " escalation").toList());
    }

    private static String describe(List<Signal> signals) {
        if (signals.isEmpty()) {
            return "no signal";
        }
        return signals.stream().map(s -> s.rule() + " " + s.direction().label() + " " + s.intensity()
                + s.modifiers() + " \"" + s.evidence() + "\"").collect(Collectors.joining("; "));
    }

    static List<Example> readExamples(Path file) throws IOException {
        List<Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("rule_id\t")) {
                continue;
            }
            String[] columns = line.split("\t", 3);
            assertThat(columns).as("%s:%d: needs rule_id, expected and sentence separated by tabs", file, i + 1)
                    .hasSize(3);
            out.add(new Example(i + 1, columns[0].strip(), columns[1].strip(), columns[2].strip()));
        }
        return out;
    }
}
