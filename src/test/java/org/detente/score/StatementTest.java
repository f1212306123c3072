package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.score.ScoringFixtures.readings;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatementTest {

    @Nested
    class WhatIsOnlySaidCountsHalf {

        @Test
        void aClaimOfResponsibility() {
            assertThat(readings("The rebels claimed responsibility for the invasion of the town."))
                    .containsExactly("invasion escalation -5.0 [statement, reported]");
        }

        @Test
        void aClaimThatSomethingHappened() {
            assertThat(readings("The group claimed that shots were fired at the patrol."))
                    .containsExactly("shots-fired escalation -3.5 [statement, reported]");
        }

        @Test
        void condolencesForTheDead() {
            assertThat(readings("The minister offered condolences to the families after the invasion."))
                    .containsExactly("invasion escalation -2.5 [statement, background]");
        }

        @Test
        void anOptionUnderConsideration() {
            assertThat(readings("Brussels is considering imposing sanctions on Minsk."))
                    .containsExactly("sanctions-imposed escalation -3.0 [statement]");
        }

        @Test
        void noCommentOnAReport() {
            assertThat(readings("The ministry would not comment on reports of an invasion of the island."))
                    .containsExactly("invasion escalation -5.0 [statement]");
        }

        @Test
        void doubtVoiced() {
            assertThat(readings("The ministry is skeptical about the invasion of the island."))
                    .containsExactly("invasion escalation -5.0 [statement]");
        }
    }

    @Nested
    class LeavesTheEventAlone {

        @Test
        void whenNothingIsClaimed() {
            assertThat(readings("The rebels invaded the town."))
                    .containsExactly("invasion escalation -10.0 []");
        }

        @Test
        void whenTheClaimIsInAnotherClause() {
            assertThat(readings("The rebels held a memorial service; then they invaded the town."))
                    .containsExactly("invasion escalation -10.0 []");
        }
    }
}
