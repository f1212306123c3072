package org.detente.aggregate;

import java.time.LocalDate;

/**
 * A stored indicator row with what the history says about it. Every value derived here is {@code null} when it
 * cannot be known: a gap is shown as a gap, never as a zero.
 *
 * @param indicator               the stored row
 * @param netIndex                the row's net index, or {@code null} when the row has no signal (no evidence
 *                                either way; a day without articles is such a gap)
 * @param change                  net index minus the previous calendar day's, when both are known
 * @param smoothed                mean of the daily net indices of the smoothing window (days with signals only)
 * @param baselineZ               how many standard deviations the net index lies from the mean of the baseline
 *                                days before the date
 * @param trend                   the smoothed index against its value a week earlier
 * @param escalationPerArticle    escalation intensity per article read, so a busy news day does not look like a
 *                                crisis; {@code null} without articles
 * @param deEscalationPerArticle  de-escalation intensity per article read
 */
public record IndicatorTrend(DailyIndicator indicator, Double netIndex, Double change, Double smoothed,
                             Double baselineZ, TrendWord trend, Double escalationPerArticle,
                             Double deEscalationPerArticle) {

    public LocalDate date() {
        return indicator.date();
    }

    public String category() {
        return indicator.category();
    }

    public boolean isTotal() {
        return DailyIndicator.TOTAL.equals(indicator.category());
    }
}
