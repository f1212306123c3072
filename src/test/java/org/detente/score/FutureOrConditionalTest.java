package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.score.ScoringFixtures.readings;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FutureOrConditionalTest {

    @Nested
    class FutureCountsThreeQuarters {

        @Test
        void willInsideTheMatch() {
            assertThat(readings("The exercises will end on Sunday."))
                    .containsExactly("exercises-ending de-escalation 3.0 [future]");
        }

        @Test
        void plansTo() {
            assertThat(readings("The EU plans to impose sanctions on five banks."))
                    .containsExactly("sanctions-imposed escalation -4.5 [future]");
        }

        @Test
        void reportedWould() {
            assertThat(readings("Officials said talks would resume next week."))
                    .containsExactly("talks-continue de-escalation 2.25 [future, reported]");
        }
    }

    @Nested
    class ConditionalCountsThreeQuarters {

        @Test
        void ifBeforeTheMatch() {
            assertThat(readings("Talks resume only if Moscow agrees."))
                    .containsExactly("talks-continue de-escalation 2.25 [conditional]");
        }

        @Test
        void theCueNearerTheMatchNamesTheModifier() {
            assertThat(readings("Sanctions will follow if Russia invades."))
                    .containsExactly("invasion escalation -7.5 [conditional]");
        }

        @Test
        void hedgedAndConditionalBothCount() {
            assertThat(readings("Washington warned of costs if Russia invades."))
                    .containsExactly("invasion escalation -3.75 [hedged, conditional]");
        }
    }

    @Test
    void pastEventsAreLeftAlone() {
        assertThat(readings("The exercises ended on Sunday."))
                .containsExactly("exercises-ending de-escalation 4.0 []");
    }
}
