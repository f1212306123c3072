package org.detente.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.detente.aggregate.DailyIndicator;
import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void positiveNetIndexReadsMoreDeEscalationWithUpArrow() {
        Trend trend = Trend.of(Reports.indicator(DailyIndicator.TOTAL, 1, 3, 1, 3, 0.5));

        assertThat(trend.words()).isEqualTo("more de-escalation");
        assertThat(trend.arrow()).isEqualTo("↑");
    }

    @Test
    void negativeNetIndexReadsMoreEscalationWithDownArrow() {
        Trend trend = Trend.of(Reports.indicator(DailyIndicator.TOTAL, 3, 1, 3, 1, -0.5));

        assertThat(trend).isEqualTo(Trend.MORE_ESCALATION);
        assertThat(trend.arrow()).isEqualTo("↓");
    }

    @Test
    void netIndexThatPrintsAsZeroIsBalanced() {
        assertThat(Trend.of(Reports.indicator(DailyIndicator.TOTAL, 2, 2, 2, 2, 0))).isEqualTo(Trend.BALANCED);
        assertThat(Trend.of(Reports.indicator(DailyIndicator.TOTAL, 2, 2, 2, 2, 0.00004))).isEqualTo(Trend.BALANCED);
    }

    @Test
    void dayWithoutSignalsOrTotalRowReadsNoSignals() {
        assertThat(Trend.of(null)).isEqualTo(Trend.NO_SIGNALS);
        assertThat(Trend.of(Reports.indicator(DailyIndicator.TOTAL, 0, 0, 0, 0, 0)).words()).isEqualTo("no signals");
    }
}
