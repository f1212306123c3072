package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.score.ScoringFixtures.readings;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DenialTest {

    @Nested
    class DropsTheSignal {

        @Test
        void deniedPlans() {
            assertThat(readings("The Kremlin denied plans to invade Ukraine.")).isEmpty();
        }

        @Test
        void denialSeveralWordsBefore() {
            assertThat(readings("Moscow has repeatedly denied that it intends to impose new sanctions.")).isEmpty();
        }

        @Test
        void dismissedReports() {
            assertThat(readings("Officials dismissed reports that shots were fired at the border.")).isEmpty();
        }

        @Test
        void noPlans() {
            assertThat(readings("The minister said he was not aware of any plans to impose sanctions.")).isEmpty();
        }

        @Test
        void rejectedClaims() {
            assertThat(readings("The ministry rejected claims of an invasion.")).isEmpty();
        }

        @Test
        void notResponsibleFor() {
            assertThat(readings("The group said it was not responsible for the invasion of the village.")).isEmpty();
        }

        @Test
        void noRoleIn() {
            assertThat(readings("The government said it had no role in the invasion of the island.")).isEmpty();
        }

        @Test
        void notCarriedOut() {
            assertThat(readings("The rebels said they had not carried out the invasion of the town.")).isEmpty();
        }
    }

    @Nested
    class LeavesTheSignalAlone {

        @Test
        void whenTheDenialIsInAnotherClause() {
            assertThat(readings("The spokesman denied everything, but on Friday Russia invaded."))
                    .containsExactly("invasion escalation -10.0 []");
        }

        @Test
        void whenNothingIsDenied() {
            assertThat(readings("The ministry confirmed that shots were fired at the border."))
                    .containsExactly("shots-fired escalation -7.0 []");
        }
    }
}
