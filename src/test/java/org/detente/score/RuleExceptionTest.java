package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.score.ScoringFixtures.readings;

import org.junit.jupiter.api.Test;

/** A rule's {@code unless} patterns drop the matches they cover, and only those. */
class RuleExceptionTest {

    @Test
    void aMatchWithoutTheExceptionFires() {
        assertThat(readings("The government rejected the proposal on Monday."))
                .containsExactly("proposal-rejected escalation -4.0 []");
    }

    @Test
    void anExceptionOverTheMatchDropsIt() {
        assertThat(readings("The minister rejected the accusations of fraud.")).isEmpty();
    }

    @Test
    void anExceptionElsewhereInTheSentenceLeavesOtherMatchesAlone() {
        assertThat(readings("The minister rejected the allegations, and the cabinet later rejected the proposal."))
                .containsExactly("proposal-rejected escalation -4.0 []");
    }
}
