package org.detente.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.detente.score.SentenceClass.DE_ESCALATION;
import static org.detente.score.SentenceClass.ESCALATION;
import static org.detente.score.SentenceClass.NEUTRAL;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    @Test
    void precisionRecallAndF1FollowTheCounts() {
        ConfusionMatrix m = new ConfusionMatrix();
        // escalation: 3 right, 1 read as neutral; de-escalation: 1 right, 1 read as escalation; neutral: 2 right
        m.add(ESCALATION, ESCALATION);
        m.add(ESCALATION, ESCALATION);
        m.add(ESCALATION, ESCALATION);
        m.add(ESCALATION, NEUTRAL);
        m.add(DE_ESCALATION, DE_ESCALATION);
        m.add(DE_ESCALATION, ESCALATION);
        m.add(NEUTRAL, NEUTRAL);
        m.add(NEUTRAL, NEUTRAL);

        assertThat(m.total()).isEqualTo(8);
        assertThat(m.precision(ESCALATION)).isCloseTo(0.75, within(1e-9));
        assertThat(m.recall(ESCALATION)).isCloseTo(0.75, within(1e-9));
        assertThat(m.precision(NEUTRAL)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(m.recall(NEUTRAL)).isEqualTo(1.0);
        assertThat(m.f1(NEUTRAL)).isCloseTo(0.8, within(1e-9));
        assertThat(m.f1(DE_ESCALATION)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(m.macroF1()).isCloseTo((0.75 + 2 / 3.0 + 0.8) / 3, within(1e-9));
        assertThat(m.accuracy()).isCloseTo(6 / 8.0, within(1e-9));
    }

    @Test
    void aClassNeverPredictedHasZeroPrecisionAndF1() {
        ConfusionMatrix m = new ConfusionMatrix();
        m.add(DE_ESCALATION, NEUTRAL);

        assertThat(m.precision(DE_ESCALATION)).isZero();
        assertThat(m.f1(DE_ESCALATION)).isZero();
        assertThat(m.recall(ESCALATION)).isZero();
    }
}
