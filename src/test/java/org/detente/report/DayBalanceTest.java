package org.detente.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.detente.aggregate.DailyIndicator;
import org.junit.jupiter.api.Test;

class DayBalanceTest {

    @Test
    void positiveNetIndexReadsMoreDeEscalation() {
        DayBalance balance = DayBalance.of(Reports.indicator(DailyIndicator.TOTAL, 1, 3, 1, 3, 0.5));

        assertThat(balance).isEqualTo(DayBalance.MORE_DE_ESCALATION);
        assertThat(balance.words()).isEqualTo("more de-escalation");
    }

    @Test
    void negativeNetIndexReadsMoreEscalation() {
        DayBalance balance = DayBalance.of(Reports.indicator(DailyIndicator.TOTAL, 3, 1, 3, 1, -0.5));

        assertThat(balance).isEqualTo(DayBalance.MORE_ESCALATION);
        assertThat(balance.words()).isEqualTo("more escalation");
    }

    @Test
    void netIndexThatPrintsAsZeroIsBalanced() {
        assertThat(DayBalance.of(Reports.indicator(DailyIndicator.TOTAL, 2, 2, 2, 2, 0))).isEqualTo(DayBalance.BALANCED);
        assertThat(DayBalance.of(Reports.indicator(DailyIndicator.TOTAL, 2, 2, 2, 2, 0.00004))).isEqualTo(DayBalance.BALANCED);
    }

    @Test
    void dayWithoutSignalsOrTotalRowReadsNoSignals() {
        assertThat(DayBalance.of(null)).isEqualTo(DayBalance.NO_SIGNALS);
        assertThat(DayBalance.of(Reports.indicator(DailyIndicator.TOTAL, 0, 0, 0, 0, 0)).words()).isEqualTo("no signals");
    }
}
