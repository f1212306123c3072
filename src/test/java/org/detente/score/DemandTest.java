package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.score.ScoringFixtures.readings;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DemandTest {

    @Nested
    class ACallForSomethingCountsHalf {

        @Test
        void calledForACeasefire() {
            assertThat(readings("The UN called for a ceasefire."))
                    .containsExactly("ceasefire-mentioned de-escalation 1.5 [demand]");
        }

        @Test
        void urgedToContinueTalks() {
            assertThat(readings("Paris urged both sides to continue talks."))
                    .containsExactly("talks-continue de-escalation 1.5 [demand]");
        }

        @Test
        void demandedThat() {
            assertThat(readings("Kyiv demanded that the West impose sanctions now."))
                    .containsExactly("sanctions-imposed escalation -3.0 [demand]");
        }

        @Test
        void advisedAFewWordsBefore() {
            assertThat(readings("Lavrov advised President Vladimir Putin to continue talks."))
                    .containsExactly("talks-continue de-escalation 1.5 [demand]");
        }

        @Test
        void askedALongerAddresseeTo() {
            assertThat(readings("Geneva asked the parties in Yemen to continue talks."))
                    .containsExactly("talks-continue de-escalation 1.5 [demand]");
        }
    }

    @Nested
    class LeavesTheEventAlone {

        @Test
        void whenTalksSimplyContinued() {
            assertThat(readings("Talks continued in Geneva on Monday."))
                    .containsExactly("talks-continue de-escalation 3.0 []");
        }

        @Test
        void whenDemandsIsANoun() {
            assertThat(readings("The security demands were discussed as talks continued."))
                    .containsExactly("talks-continue de-escalation 3.0 []");
        }
    }
}
