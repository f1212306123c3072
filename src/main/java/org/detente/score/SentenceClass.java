package org.detente.score;

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
     * How a sentence reads from its signals: the sign of their summed intensity. No signal, or signals that
     * cancel out, read as neutral: a sentence that neither escalates nor de-escalates is a statement.
     */
    public static SentenceClass of(Iterable<Signal> signals) {
        double net = 0;
        for (Signal signal : signals) {
            net += signal.intensity();
        }
        if (net < 0) {
            return ESCALATION;
        }
        return net > 0 ? DE_ESCALATION : NEUTRAL;
    }
}
