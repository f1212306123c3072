package org.detente.aggregate;

/**
 * The plain-words reading of where a category is heading, in the manner of CrisisWatch: the 7-day smoothed net
 * index compared with its value a week earlier. Up (towards +1) is de-escalation, so it reads as improved.
 */
public enum TrendWord {
    IMPROVED("improved", "↑"),
    DETERIORATED("deteriorated", "↓"),
    UNCHANGED("unchanged", "→");

    private final String word;
    private final String arrow;

    TrendWord(String word, String arrow) {
        this.word = word;
        this.arrow = arrow;
    }

    public String word() {
        return word;
    }

    public String arrow() {
        return arrow;
    }

    /** The word for a change of the smoothed index; a change within the threshold either way is unchanged. */
    public static TrendWord of(double change, double threshold) {
        if (change >= threshold) {
            return IMPROVED;
        }
        return change <= -threshold ? DETERIORATED : UNCHANGED;
    }
}
