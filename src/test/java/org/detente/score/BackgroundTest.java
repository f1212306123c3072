package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.score.ScoringFixtures.readings;

import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void aMatchGivenAsTheReasonForTheNewsCountsHalf() {
        assertThat(readings("The minister resigned after shots were fired at the border."))
                .containsExactly("shots-fired escalation -3.5 [background]");
    }

    @Test
    void aMatchInAClauseOfWhatHadHappenedBeforeCountsHalf() {
        assertThat(readings("The border, which had been closed since shots were fired, reopened."))
                .containsExactly("shots-fired escalation -3.5 [background]");
    }

    @Test
    void whatSomeoneApologisesForCountsHalf() {
        assertThat(readings("The general apologised for the invasion of the village."))
                .containsExactly("invasion escalation -5.0 [background]");
    }

    @Test
    void whatAnActAimsToCurbCountsHalf() {
        assertThat(readings("The navies began patrols to curb the invasion of the fishing grounds."))
                .containsExactly("invasion escalation -5.0 [background]");
    }

    @Test
    void theMainEventIsNotBackground() {
        assertThat(readings("Shots were fired at the border after midnight."))
                .containsExactly("shots-fired escalation -7.0 []");
    }

    @Test
    void aClauseBreakEndsTheBackground() {
        assertThat(readings("After the meeting, shots were fired at the border."))
                .containsExactly("shots-fired escalation -7.0 []");
    }
}
