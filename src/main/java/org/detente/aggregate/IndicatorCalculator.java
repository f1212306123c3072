package org.detente.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.detente.score.Direction;
import org.detente.score.Signal;

/**
 * Turns a day's scored articles into one indicator row per category and a {@code total} row. A story carried by
 * several outlets counts once: its first article (in the order given) speaks for it, so wire copy does not multiply.
 */
public final class IndicatorCalculator {

    public List<DailyIndicator> calculate(String watch, LocalDate date, List<String> categories,
                                          String lexiconVersion, List<ScoredArticle> articles) {
        List<Signal> counted = signalsOfFirstArticlePerStory(articles);
        int articleCount = articles.size();
        Set<String> outlets = new HashSet<>();
        articles.forEach(a -> outlets.add(a.outlet()));
        List<DailyIndicator> rows = new ArrayList<>();
        Map<String, Tally> byCategory = new LinkedHashMap<>();
        categories.forEach(c -> byCategory.put(c, new Tally()));
        Tally total = new Tally();
        for (Signal s : counted) {
            byCategory.computeIfAbsent(s.category(), c -> new Tally()).add(s);
            total.add(s);
        }
        byCategory.forEach((category, t) ->
                rows.add(t.toIndicator(watch, date, category, articleCount, outlets.size(), lexiconVersion)));
        rows.add(total.toIndicator(watch, date, DailyIndicator.TOTAL, articleCount, outlets.size(), lexiconVersion));
        return rows;
    }

    private static List<Signal> signalsOfFirstArticlePerStory(List<ScoredArticle> articles) {
        Set<String> seen = new HashSet<>();
        List<Signal> signals = new ArrayList<>();
        for (ScoredArticle a : articles) {
            if (seen.add(a.storyId())) {
                signals.addAll(a.signals());
            }
        }
        return signals;
    }

    private static final class Tally {
        private int escalations;
        private int deEscalations;
        private double escalationIntensity;
        private double deEscalationIntensity;

        void add(Signal s) {
            if (s.direction() == Direction.ESCALATION) {
                escalations++;
                escalationIntensity += Math.abs(s.intensity());
            } else {
                deEscalations++;
                deEscalationIntensity += Math.abs(s.intensity());
            }
        }

        DailyIndicator toIndicator(String watch, LocalDate date, String category, int articles, int sources,
                                   String lexiconVersion) {
            double sum = escalationIntensity + deEscalationIntensity;
            double net = sum == 0 ? 0 : (deEscalationIntensity - escalationIntensity) / sum;
            return new DailyIndicator(watch, date, category, escalations, deEscalations, round(escalationIntensity),
                    round(deEscalationIntensity), round(net), articles, sources, lexiconVersion);
        }

        /** Rounded so that sums in another order, or read back from another database, print the same. */
        private static double round(double v) {
            return Math.round(v * 10_000d) / 10_000d;
        }
    }
}
