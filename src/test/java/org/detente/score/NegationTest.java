package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.score.ScoringFixtures.readings;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NegationTest {

    @Nested
    class CancelsTheSignalOfARuleThatCancels {

        @Test
        void noBeforeTheMatch() {
            assertThat(readings("No shots were fired during the stand-off.")).isEmpty();
        }

        @Test
        void notBeforeTheMatch() {
            assertThat(readings("Russia has not invaded Ukraine, the minister said.")).isEmpty();
        }

        @Test
        void contractedNegation() {
            assertThat(readings("They haven't imposed any sanctions yet.")).isEmpty();
        }

        @Test
        void withoutBeforeTheMatch() {
            assertThat(readings("The night passed without shots being fired.")).isEmpty();
        }

        @Test
        void aRefusalToDoIt() {
            assertThat(readings("The council refused to impose sanctions on the company.")).isEmpty();
        }

        @Test
        void aFailureToDoIt() {
            assertThat(readings("The bloc failed to impose sanctions before the summit.")).isEmpty();
        }

        @Test
        void anInabilityToDoIt() {
            assertThat(readings("The council was unable to impose sanctions on the company.")).isEmpty();
        }

        @Test
        void noSignOfWithAWordInBetween() {
            assertThat(readings("There is no sign of an invasion.")).isEmpty();
        }
    }

    @Nested
    class FlipsTheSignalOfARuleThatFlips {

        @Test
        void negatorInsideTheGapOfTheMatch() {
            assertThat(readings("The exercises are not ending, the ministry said."))
                    .containsExactly("exercises-ending escalation -2.0 [negated, reported]");
        }

        @Test
        void negatorBeforeTheMatch() {
            assertThat(readings("There is no sign of the drills ending."))
                    .containsExactly("exercises-ending escalation -2.0 [negated]");
        }
    }

    @Nested
    class LeavesTheSignalAlone {

        @Test
        void whenTheNegatorIsPartOfTheRulesOwnPattern() {
            assertThat(readings("We will not allow endless negotiations."))
                    .containsExactly("negotiations-refused escalation -5.0 []");
        }

        @Test
        void whenTheNegatorIsMoreThanTwoWordsAway() {
            assertThat(readings("Russia did not say when the drills would end."))
                    .containsExactly("exercises-ending de-escalation 3.0 [future, reported:russia]");
        }

        @Test
        void whenAClauseBreakStandsBetween() {
            assertThat(readings("Not this time, said the general, and the exercises ended."))
                    .containsExactly("exercises-ending de-escalation 4.0 [reported]");
        }

        @Test
        void whenItIsNotOnly() {
            assertThat(readings("Not only the drills ended on Sunday."))
                    .containsExactly("exercises-ending de-escalation 4.0 []");
        }
    }
}
