package org.detente.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction benchmark's per-page metric: tokens are lowercase {@code \w+} runs, precision and recall are the
 * multiset overlap over predicted and reference tokens.
 */
record TokenScore(double precision, double recall, double f1) {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    static TokenScore of(String predicted, String reference) {
        Map<String, Integer> ref = counts(reference);
        Map<String, Integer> pred = counts(predicted);
        int refTotal = total(ref);
        int predTotal = total(pred);
        if (refTotal == 0) {
            double score = predTotal == 0 ? 1 : 0;
            return new TokenScore(score, score, score);
        }
        if (predTotal == 0) {
            return new TokenScore(0, 0, 0);
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : pred.entrySet()) {
            overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        double p = (double) overlap / predTotal;
        double r = (double) overlap / refTotal;
        return new TokenScore(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        int n = 0;
        for (int c : counts.values()) {
            n += c;
        }
        return n;
    }
}
