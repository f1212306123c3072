package org.detente.aggregate;

import java.time.LocalDate;

/**
 * One row of the indicator history: a watch, a date and a category (or {@code total}).
 *
 * @param escalationIntensity   sum of |intensity| of escalation signals, each story counted once
 * @param deEscalationIntensity sum of intensity of de-escalation signals, each story counted once
 * @param netIndex              (de-escalation - escalation) / (de-escalation + escalation), in [-1, 1];
 *                              0 when the day has no signal in the category
 */
public record DailyIndicator(String watch, LocalDate date, String category,
                             int escalationSignals, int deEscalationSignals,
                             double escalationIntensity, double deEscalationIntensity,
                             double netIndex, int articles, int sources, String lexiconVersion) {

    public static final String TOTAL = "total";
}
