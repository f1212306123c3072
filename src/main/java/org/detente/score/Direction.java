package org.detente.score;

/** Which way a signal moves a crisis; the sign of its intensity follows the Goldstein convention. */
public enum Direction {
    ESCALATION("escalation"),
    DE_ESCALATION("de-escalation");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** The name used in CSV files, lexicons and the workbook. */
    public String label() {
        return label;
    }

    public static Direction fromLabel(String label) {
        for (Direction d : values()) {
            if (d.label.equals(label)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown direction '" + label + "' (expected escalation or de-escalation)");
    }
}
