package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.score.ScoringFixtures.readings;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HedgingTest {

    @Nested
    class HalvesTheIntensity {

        @Test
        void modalVerbBeforeTheMatch() {
            assertThat(readings("Russia could invade at any moment."))
                    .containsExactly("invasion escalation -5.0 [hedged]");
        }

        @Test
        void reportedly() {
            assertThat(readings("Shots were reportedly fired near the border."))
                    .containsExactly("shots-fired escalation -3.5 [hedged]");
        }

        @Test
        void appearedTo() {
            assertThat(readings("Moscow appeared to resume the talks on Monday."))
                    .containsExactly("talks-continue de-escalation 1.5 [hedged]");
        }

        @Test
        void fearsOf() {
            assertThat(readings("Markets fell on fears of an invasion."))
                    .containsExactly("invasion escalation -5.0 [hedged]");
        }

        @Test
        void anAccusation() {
            assertThat(readings("Kyiv accused Moscow of preparing an invasion."))
                    .containsExactly("invasion escalation -5.0 [hedged]");
        }

        @Test
        void anInterpretationAfterTheMatch() {
            assertThat(readings("The drills are nearly over, in what could be a sign of de-escalation."))
                    .containsExactly("exercises-ending de-escalation 2.0 [hedged]");
        }
    }

    @Nested
    class LeavesTheSignalAlone {

        @Test
        void whenMayIsTheMonth() {
            assertThat(readings("In May the drills ended."))
                    .containsExactly("exercises-ending de-escalation 4.0 []");
        }

        @Test
        void whenTheHedgeIsAcrossAClauseBreak() {
            assertThat(readings("It may rain; the drills ended."))
                    .containsExactly("exercises-ending de-escalation 4.0 []");
        }

        @Test
        void whenThereIsNoHedge() {
            assertThat(readings("Russia invaded Ukraine."))
                    .containsExactly("invasion escalation -10.0 []");
        }
    }
}
