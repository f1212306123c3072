package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.score.ScoringFixtures.readings;
import static org.detente.score.ScoringFixtures.score;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignalScorerTest {

    @Nested
    class EachSignal {

        @Test
        void pointsAtItsEvidenceWithOffsetsInTheWholeText() {
            String text = "Talks resumed.\n\nMoscow said the exercises ended on Sunday.";

            Signal signal = score(text).get(1);

            assertThat(signal.evidence()).isEqualTo("exercises ended");
            assertThat(text.substring(signal.start(), signal.end())).isEqualTo("exercises ended");
            assertThat(signal.sentence()).isEqualTo("Moscow said the exercises ended on Sunday.");
        }

        @Test
        void carriesItsRuleCategoryDirectionAndIntensity() {
            Signal signal = score("Russia invaded Ukraine.").get(0);

            assertThat(signal.rule()).isEqualTo("invasion");
            assertThat(signal.category()).isEqualTo("use-of-force");
            assertThat(signal.direction()).isEqualTo(Direction.ESCALATION);
            assertThat(signal.intensity()).isEqualTo(-10.0);
            assertThat(signal.modifiers()).isEmpty();
        }
    }

    @Test
    void returnsSignalsInTextOrder() {
        assertThat(readings("Talks resumed. Russia invaded. The EU imposed sanctions."))
                .containsExactly("talks-continue de-escalation 3.0 []", "invasion escalation -10.0 []",
                        "sanctions-imposed escalation -6.0 []");
    }

    @Test
    void givesOneSignalPerRuleAndSentence() {
        assertThat(readings("The drills ended in the north and the exercises ended in the south."))
                .containsExactly("exercises-ending de-escalation 4.0 []");
    }

    @Test
    void takesTheFirstMatchTheModifiersLetThrough() {
        assertThat(score("Russia denied plans to invade, then invaded on Thursday."))
                .singleElement().satisfies(s -> {
                    assertThat(s.evidence()).isEqualTo("invaded");
                    assertThat(s.modifiers()).isEmpty();
                });
    }

    @Nested
    class BroadCues {

        private static final String LEXICON = """
                name: cues
                categories:
                  force: Force
                  talks: Talks
                rules:
                  - id: attack
                    category: force
                    direction: escalation
                    intensity: -8
                    patterns: killed
                  - id: visit
                    category: talks
                    direction: de-escalation
                    intensity: 3
                    patterns: visited
                    unless: visited ..2.. school
                  - id: cue-force
                    category: force
                    direction: escalation
                    intensity: -2
                    fallback: true
                    patterns: (torched|ambushed)
                """;
        private final SignalScorer scorer = new SignalScorer(
                LexiconLoader.load("cues.yaml", LEXICON.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        private List<String> read(String text) {
            return readings(scorer, text);
        }

        @Test
        void countInASentenceNoRuleMatches() {
            assertThat(read("Rebels torched a police station.")).containsExactly("cue-force escalation -2.0 []");
        }

        @Test
        void yieldToAMoreSpecificRule() {
            assertThat(read("Gunmen torched a police station and killed two officers.")).containsExactly(
                    "attack escalation -8.0 []");
        }

        @Test
        void yieldEvenToARuleWhoseExceptionDroppedItsMatch() {
            assertThat(read("The minister visited a school where gunmen torched a car.")).isEmpty();
        }

        @Test
        void areDroppedNotWeakenedWhenAModifierWouldChangeThem() {
            assertThat(read("Rebels may have torched a police station.")).isEmpty();
        }

        @Test
        void doNotCountAfterAnOpenQuestion() {
            assertThat(read("Officials asked whether gunmen had torched a police station.")).isEmpty();
        }
    }

    @Nested
    class RequiredContext {

        @Test
        void mustBeInTheSentence() {
            assertThat(readings("The airline suspended operations to Kyiv.")).containsExactly(
                    "flights-suspended escalation -5.0 []");
        }

        @Test
        void withoutItTheRuleIsSilent() {
            assertThat(readings("The bank suspended operations in Kyiv.")).isEmpty();
        }
    }

    @Nested
    class OverlappingMatches {

        @Test
        void ofOneCategoryKeepTheMostSpecific() {
            assertThat(readings("The ceasefire was violated overnight."))
                    .containsExactly("ceasefire-violated escalation -7.0 []");
            assertThat(readings("We will not allow endless negotiations."))
                    .containsExactly("negotiations-refused escalation -5.0 []");
        }

        @Test
        void ofDifferentCategoriesDropOnlyAMatchInsideAMoreSpecificOne() {
            assertThat(readings("A cessation of hostilities began at noon."))
                    .containsExactly("cessation-of-hostilities de-escalation 7.0 []");
        }

        @Test
        void thatDoNotOverlapAreBothKept() {
            assertThat(readings("The exercises ended, but new drills started in the west."))
                    .containsExactly("exercises-ending de-escalation 4.0 []",
                            "exercises-starting escalation -4.0 []");
        }
    }

    @Test
    void givesNothingForEmptyOrBlankText() {
        assertThat(score("")).isEmpty();
        assertThat(score(" \n\n ")).isEmpty();
        assertThat(score(null)).isEmpty();
    }

    @Test
    void givesTheSameSignalsWhenCalledAgainAndFromSeveralThreads() throws Exception {
        String text = "Talks resumed. Russia invaded.\nThe exercises are not ending. Shots were reportedly fired.";
        List<Signal> expected = score(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Signal>>> results = new ArrayList<>();
            IntStream.range(0, 40).forEach(i -> results.add(pool.submit(() -> score(text))));
            for (Future<List<Signal>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).hasSize(4);
    }
}
