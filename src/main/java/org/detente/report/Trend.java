package org.detente.report;

import org.detente.aggregate.DailyIndicator;

/**
 * The plain-words reading of a day's total net index shown at the top of the Summary sheet.
 *
 * <p>For now it only reads the sign of one day; a comparison with earlier days can replace it later
 * without changing the sheet. Values that print as {@code 0.0000} count as balanced so the word never
 * contradicts the number next to it.
 */
public enum Trend {
    MORE_DE_ESCALATION("more de-escalation", "↑"),
    MORE_ESCALATION("more escalation", "↓"),
    BALANCED("balanced", "→"),
    NO_SIGNALS("no signals", "→");

    private static final double ZERO = 0.00005;

    private final String words;
    private final String arrow;

    Trend(String words, String arrow) {
        this.words = words;
        this.arrow = arrow;
    }

    public String words() {
        return words;
    }

    public String arrow() {
        return arrow;
    }

    /** The trend of a day's {@code total} row; {@code null} (no row) means no signals. */
    public static Trend of(DailyIndicator total) {
        if (total == null || total.escalationSignals() + total.deEscalationSignals() == 0) {
            return NO_SIGNALS;
        }
        if (total.netIndex() >= ZERO) {
            return MORE_DE_ESCALATION;
        }
        return total.netIndex() <= -ZERO ? MORE_ESCALATION : BALANCED;
    }
}
