package org.detente.score;

/**
 * Counts of expected against predicted sentence classes, with the per-class and macro-averaged figures an
 * evaluation reports. Mutable while counting; not thread-safe.
 */
public final class ConfusionMatrix {

    private static final SentenceClass[] CLASSES = SentenceClass.values();

    private final int[][] counts = new int[CLASSES.length][CLASSES.length];

    public void add(SentenceClass expected, SentenceClass predicted) {
        counts[expected.ordinal()][predicted.ordinal()]++;
    }

    public int count(SentenceClass expected, SentenceClass predicted) {
        return counts[expected.ordinal()][predicted.ordinal()];
    }

    public int total() {
        int total = 0;
        for (SentenceClass e : CLASSES) {
            total += expectedCount(e);
        }
        return total;
    }

    public int expectedCount(SentenceClass expected) {
        int n = 0;
        for (SentenceClass p : CLASSES) {
            n += count(expected, p);
        }
        return n;
    }

    public int predictedCount(SentenceClass predicted) {
        int n = 0;
        for (SentenceClass e : CLASSES) {
            n += count(e, predicted);
        }
        return n;
    }

    /** Of the sentences read as {@code c}, the share that are {@code c}; 0 when none was read so. */
    public double precision(SentenceClass c) {
        return ratio(count(c, c), predictedCount(c));
    }

    /** Of the sentences labelled {@code c}, the share read as {@code c}; 0 when none is labelled so. */
    public double recall(SentenceClass c) {
        return ratio(count(c, c), expectedCount(c));
    }

    public double f1(SentenceClass c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The unweighted mean of the three classes' F1: a small class counts as much as a large one. */
    public double macroF1() {
        double sum = 0;
        for (SentenceClass c : CLASSES) {
            sum += f1(c);
        }
        return sum / CLASSES.length;
    }

    public double accuracy() {
        int right = 0;
        for (SentenceClass c : CLASSES) {
            right += count(c, c);
        }
        return ratio(right, total());
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
