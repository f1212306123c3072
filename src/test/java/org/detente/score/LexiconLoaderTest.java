package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.detente.score.Rule.NegationPolicy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconLoaderTest {

    static final String HEADER = """
            name: sample
            categories:
              diplomacy: Diplomacy and talks
              military-posture: Military posture
            rules:
            """;

    @TempDir
    Path dir;

    Path write(String yaml) throws IOException {
        Path file = dir.resolve("sample.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Nested
    class AValidFile {

        static final String RULES = """
                  - id: talks-continue
                    category: diplomacy
                    direction: de-escalation
                    intensity: 3
                    patterns:
                      - talks ..4.. continu*
                    requires: [(west|nato)]
                    note: Talks going on.
                  - id: troops-withdraw
                    category: military-posture
                    direction: de-escalation
                    intensity: 5.5
                    when-negated: flip
                    patterns: [withdr* troops]
                """;

        @Test
        void givesNameCategoriesInOrderAndRules() throws IOException {
            Lexicon lexicon = LexiconLoader.load(write(HEADER + RULES));

            assertThat(lexicon.name()).isEqualTo("sample");
            assertThat(lexicon.categories()).containsExactly("diplomacy", "military-posture");
            assertThat(lexicon.label("military-posture")).isEqualTo("Military posture");
            assertThat(lexicon.rules()).extracting(Rule::id).containsExactly("talks-continue", "troops-withdraw");
        }

        @Test
        void keepsEveryFieldOfARule() throws IOException {
            Lexicon lexicon = LexiconLoader.load(write(HEADER + RULES));
            Rule talks = lexicon.rule("talks-continue");
            Rule troops = lexicon.rule("troops-withdraw");

            assertThat(talks.category()).isEqualTo("diplomacy");
            assertThat(talks.direction()).isEqualTo(Direction.DE_ESCALATION);
            assertThat(talks.intensity()).isEqualTo(3.0);
            assertThat(talks.patterns()).extracting(TokenPattern::source).containsExactly("talks ..4.. continu*");
            assertThat(talks.requires()).extracting(TokenPattern::source).containsExactly("(west|nato)");
            assertThat(talks.note()).isEqualTo("Talks going on.");
            assertThat(talks.line()).isEqualTo(6);
            assertThat(talks.whenNegated()).isEqualTo(NegationPolicy.CANCEL);
            assertThat(troops.whenNegated()).isEqualTo(NegationPolicy.FLIP);
            assertThat(troops.intensity()).isEqualTo(5.5);
        }

        @Test
        void isVersionedByTheFirst12HexDigitsOfTheSha256OfItsBytes() throws Exception {
            Path file = write(HEADER + RULES);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));

            assertThat(LexiconLoader.load(file).version()).isEqualTo(sha.substring(0, 12)).hasSize(12);
        }

        @Test
        void changesVersionWhenOneByteChanges() throws IOException {
            String first = LexiconLoader.load(write(HEADER + RULES)).version();
            String second = LexiconLoader.load(write(HEADER + RULES.replace("intensity: 3", "intensity: 2"))).version();

            assertThat(first).isNotEqualTo(second);
        }

        @Test
        void readsSidesAsSinglePatternsOrLists() throws IOException {
            Lexicon lexicon = LexiconLoader.load(write(HEADER.replace("rules:\n",
                    "sides:\n  russia: (russia|moscow)\n  west:\n    - nato\n    - united states\nrules:\n") + RULES));

            assertThat(lexicon.sides().keySet()).containsExactly("russia", "west");
            assertThat(lexicon.sides().get("west")).hasSize(2);
        }

        @Test
        void theDefaultLexiconLoads() {
            Lexicon lexicon = LexiconLoader.load(Path.of("jobs/lexicons/default.yaml"));

            assertThat(lexicon.name()).isEqualTo("default");
            assertThat(lexicon.categories()).containsExactly("military-posture", "diplomacy", "arms-control",
                    "military-incidents", "aviation-markets", "evacuations", "sanctions",
                    "ceasefire-humanitarian", "use-of-force", "cooperation", "aid", "coercion", "unrest");
            assertThat(lexicon.rules()).hasSizeBetween(80, 150);
        }
    }

    @Nested
    class RejectsWithFileAndLine {

        void assertRejected(String yaml, int line, String problem) throws IOException {
            Path file = write(yaml);
            assertThatThrownBy(() -> LexiconLoader.load(file))
                    .isInstanceOf(LexiconException.class)
                    .hasMessageStartingWith(file + ":" + line + ": ")
                    .hasMessageContaining(problem)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }

        static String rule(String... lines) {
            return "  - id: r1\n" + String.join("\n", lines) + "\n";
        }

        static final String CATEGORY = "    category: diplomacy";
        static final String DIRECTION = "    direction: de-escalation";
        static final String INTENSITY = "    intensity: 3";
        static final String PATTERNS = "    patterns: [talks continue]";

        @Test
        void aYamlSyntaxError() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, "    intensity: [3", PATTERNS), 10, "YAML syntax error");
        }

        @Test
        void anUnknownTopLevelKey() throws IOException {
            assertRejected("name: x\nauthor: me\n" + HEADER.substring(HEADER.indexOf("categories")), 2,
                    "unknown key 'author'");
        }

        @Test
        void anUnknownRuleKey() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, INTENSITY, "    pattern: [talks]"), 10,
                    "unknown key 'pattern' in rule 'r1' (expected id, category");
        }

        @Test
        void aMissingRuleKey() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, INTENSITY), 6, "missing key 'patterns' in rule 'r1'");
        }

        @Test
        void aMissingTopLevelKey() throws IOException {
            assertRejected("name: x\nrules: []\n", 1, "missing key 'categories'");
        }

        @Test
        void aDuplicateRuleId() throws IOException {
            String r = rule(CATEGORY, DIRECTION, INTENSITY, PATTERNS);
            assertRejected(HEADER + r + r, 11, "duplicate rule id 'r1' (first defined at line 6)");
        }

        @Test
        void anIntensityAboveTen() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, "    intensity: 11", PATTERNS), 9, "out of range");
        }

        @Test
        void anIntensityOfZero() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, "    intensity: 0", PATTERNS), 9, "out of range");
        }

        @Test
        void anIntensityWhoseSignDisagreesWithTheDirection() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, "    intensity: -3", PATTERNS), 9,
                    "disagrees with direction de-escalation");
        }

        @Test
        void anIntensityThatIsNoNumber() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, "    intensity: high", PATTERNS), 9, "not a number");
        }

        @Test
        void anUnknownDirection() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, "    direction: calming", INTENSITY, PATTERNS), 8,
                    "direction 'calming' is not escalation or de-escalation");
        }

        @Test
        void anUndeclaredCategory() throws IOException {
            assertRejected(HEADER + rule("    category: economy", DIRECTION, INTENSITY, PATTERNS), 7,
                    "unknown category 'economy'");
        }

        @Test
        void anEmptyPattern() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, INTENSITY, "    patterns:", "      - talks",
                    "      - ''"), 12, "empty pattern");
        }

        @Test
        void anUnbalancedParenthesis() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, INTENSITY, "    patterns:", "      - (talks|dialogue"),
                    11, "malformed pattern '(talks|dialogue': unbalanced '('");
        }

        @Test
        void aMalformedRequiresPattern() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, INTENSITY, PATTERNS, "    requires: ['... west']"),
                    11, "a pattern cannot start with a gap");
        }

        @Test
        void aDuplicateYamlKey() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, INTENSITY, PATTERNS, "    intensity: 4"), 11,
                    "duplicate key 'intensity'");
        }

        @Test
        void anUnknownNegationPolicy() throws IOException {
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, INTENSITY, PATTERNS, "    when-negated: ignore"), 11,
                    "when-negated 'ignore' is not cancel or flip");
            assertRejected(HEADER + rule(CATEGORY, DIRECTION, INTENSITY, PATTERNS, "    fallback: maybe"), 11,
                    "fallback 'maybe' is not true or false");
        }

        @Test
        void aMalformedSidePattern() throws IOException {
            assertRejected(HEADER.replace("rules:\n", "sides:\n  russia: (russia|moscow\nrules:\n")
                    + rule(CATEGORY, DIRECTION, INTENSITY, PATTERNS), 6,
                    "malformed pattern '(russia|moscow' in side russia: unbalanced '('");
        }

        @Test
        void anEmptyFile() throws IOException {
            assertRejected("", 1, "the file is empty");
        }
    }

    @Test
    void namesAMissingFileAsGiven() {
        Path missing = Path.of("jobs/lexicons/missing.yaml");

        assertThatThrownBy(() -> LexiconLoader.load(missing))
                .isInstanceOf(LexiconException.class)
                .hasMessageStartingWith("jobs/lexicons/missing.yaml:1: cannot read the file");
    }

    @Test
    void readsUtf8() throws IOException {
        Path file = dir.resolve("utf8.yaml");
        Files.write(file, (HEADER + "  - id: detente\n    category: diplomacy\n    direction: de-escalation\n"
                + "    intensity: 2\n    patterns: [détente]\n").getBytes(StandardCharsets.UTF_8));

        assertThat(LexiconLoader.load(file).rule("detente").patterns().get(0).source()).isEqualTo("détente");
    }
}
