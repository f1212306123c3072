package org.detente.report;

import org.detente.aggregate.DailyIndicator;

/**
 * The balance of one day, in plain words, shown on the Summary sheet below the 7-day trend word
 * ({@link org.detente.aggregate.TrendWord}), which compares with earlier days and alone carries an arrow. Values that print as
 * {@code 0.0000} count as balanced so the words never contradict the number next to them.
 */
public enum DayBalance {
    MORE_DE_ESCALATION("more de-escalation"),
    MORE_ESCALATION("more escalation"),
    BALANCED("balanced"),
    NO_SIGNALS("no signals");

    private static final double ZERO = 0.00005;

    private final String words;

    DayBalance(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The balance of a day's {@code total} row; {@code null} (no row) means no signals. */
    public static DayBalance of(DailyIndicator total) {
        if (total == null || total.escalationSignals() + total.deEscalationSignals() == 0) {
            return NO_SIGNALS;
        }
        if (total.netIndex() >= ZERO) {
            return MORE_DE_ESCALATION;
        }
        return total.netIndex() <= -ZERO ? MORE_ESCALATION : BALANCED;
    }
}
