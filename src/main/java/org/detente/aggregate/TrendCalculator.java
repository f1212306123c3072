package org.detente.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the indicator history of a watch day by day: change against yesterday, the smoothed index, the z-score
 * against a baseline and the trend word.
 *
 * <p>The values of a date use only that date's and earlier rows, so computing them over the whole history gives
 * the same numbers whatever order the dates were run or backfilled in. Days with no signal (and days never run)
 * are gaps: they are left out of means and comparisons rather than counted as a balanced zero. Each day weighs
 * the same in the smoothed mean and the baseline whatever its volume, so one busy news day cannot dominate.
 */
public final class TrendCalculator {

    private static final int WEEK = 7;

    private final TrendSettings settings;

    public TrendCalculator(TrendSettings settings) {
        this.settings = settings;
    }

    /** One result per row, in the order of {@code history}. */
    public List<IndicatorTrend> calculate(List<DailyIndicator> history) {
        Map<String, Map<LocalDate, Double>> netByCategory = new HashMap<>();
        for (DailyIndicator row : history) {
            netByCategory.computeIfAbsent(row.category(), c -> new HashMap<>()).put(row.date(), net(row));
        }
        List<IndicatorTrend> trends = new ArrayList<>(history.size());
        for (DailyIndicator row : history) {
            trends.add(trend(row, netByCategory.get(row.category())));
        }
        return trends;
    }

    private IndicatorTrend trend(DailyIndicator row, Map<LocalDate, Double> nets) {
        LocalDate date = row.date();
        Double net = net(row);
        Double yesterday = nets.get(date.minusDays(1));
        Double change = net == null || yesterday == null ? null : round(net - yesterday);
        Double smoothed = smoothed(nets, date);
        Double weekAgo = smoothed(nets, date.minusDays(WEEK));
        TrendWord trend = smoothed == null || weekAgo == null ? null
                : TrendWord.of(round(smoothed - weekAgo), settings.trendThreshold());
        return new IndicatorTrend(row, net, change, smoothed, baselineZ(nets, date, net), trend,
                perArticle(row.escalationIntensity(), row.articles()),
                perArticle(row.deEscalationIntensity(), row.articles()));
    }

    /** The net index, or {@code null} for a row without signals: no evidence is not a balance. */
    static Double net(DailyIndicator row) {
        return row.escalationSignals() + row.deEscalationSignals() == 0 ? null : row.netIndex();
    }

    private Double smoothed(Map<LocalDate, Double> nets, LocalDate end) {
        List<Double> window = known(nets, end.minusDays(settings.smoothingDays() - 1L), end);
        return window.isEmpty() ? null : round(mean(window));
    }

    private Double baselineZ(Map<LocalDate, Double> nets, LocalDate date, Double net) {
        if (net == null) {
            return null;
        }
        List<Double> baseline = known(nets, date.minusDays(settings.baselineDays()), date.minusDays(1));
        if (baseline.size() < settings.baselineMinDays()) {
            return null;
        }
        double mean = mean(baseline);
        double squares = 0;
        for (double v : baseline) {
            squares += (v - mean) * (v - mean);
        }
        double spread = Math.max(Math.sqrt(squares / (baseline.size() - 1)), settings.baselineMinSpread());
        return round((net - mean) / spread);
    }

    /** The known values from {@code first} to {@code last}, both included, in date order. */
    private static List<Double> known(Map<LocalDate, Double> nets, LocalDate first, LocalDate last) {
        List<Double> values = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Double v = nets.get(d);
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    private static double mean(List<Double> values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    private static Double perArticle(double intensity, int articles) {
        return articles == 0 ? null : round(intensity / articles);
    }

    /** Four decimals, as printed, so the same history always prints the same. */
    private static double round(double v) {
        return Math.round(v * 10_000d) / 10_000d;
    }
}
