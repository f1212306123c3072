package org.detente.score;

import java.util.List;

/**
 * The three-way reading of one sentence used to measure the scorer against labelled news: CAMEO statements and
 * appeals are neutral, cooperation, aid and yielding de-escalate, demands, threats, posture and force escalate.
 */
public enum SentenceClass {
    ESCALATION("escalation"),
    DE_ESCALATION("de-escalation"),
    NEUTRAL("neutral");

    private final String label;

    SentenceClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The class labelled {@code label}, or null when there is none. */
    public static SentenceClass fromLabel(String label) {
        for (SentenceClass c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        return null;
    }

    /**
     * How a sentence reads from its signals, given in text order: the sign of their intensities summed with the
     * k-th signal weighted 1/k. News sentences lead with their main event ("X resigned after protests", "the court
     * refused to lift the ban imposed in 2001"), so the first signal counts most and later ones, often cause or
     * setting, less. Signals that are only said, not done, do not count: what is called for ("urged Washington to
     * lift sanctions", "urged restraint after the clashes", CAMEO 02) and what is claimed, mourned or considered
     * (CAMEO 01). A demand itself (CAMEO 10) still counts through the lexicon's own demand rules.
     * No signal, or signals that cancel out, read as neutral: a statement.
     */
    public static SentenceClass of(Iterable<Signal> signals) {
        double net = 0;
        int k = 0;
        for (Signal signal : signals) {
            if (!isOnlySaid(signal)) {
                net += signal.intensity() / ++k;
            }
        }
        if (net < 0) {
            return ESCALATION;
        }
        return net > 0 ? DE_ESCALATION : NEUTRAL;
    }

    private static boolean isOnlySaid(Signal signal) {
        List<String> modifiers = signal.modifiers();
        return modifiers.contains(Statement.NAME) || modifiers.contains(Demand.NAME);
    }
}
