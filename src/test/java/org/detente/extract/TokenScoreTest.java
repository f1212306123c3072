package org.detente.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TokenScoreTest {

    @Test
    void countsOverlapAsAMultisetOfLowercaseWords() {
        TokenScore score = TokenScore.of("The the cat, sat!", "the cat sat on the mat");

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(score.f1()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void emptyPredictionScoresZeroAndEmptyReferenceRewardsOnlyAnEmptyPrediction() {
        assertThat(TokenScore.of("", "some words").f1()).isZero();
        assertThat(TokenScore.of("", "").f1()).isEqualTo(1.0);
        assertThat(TokenScore.of("words", "").f1()).isZero();
    }
}
