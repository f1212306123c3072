package org.detente.aggregate;

import org.detente.watch.Settings;
import org.detente.watch.WatchException;

/**
 * How the indicator history is smoothed and compared, from the {@code aggregate} section of
 * {@code jobs/defaults.yaml} (and the watch's overrides).
 *
 * @param smoothingDays     days in the smoothed window, ending with the date itself
 * @param baselineDays      days before the date whose net indices form the baseline
 * @param baselineMinDays   fewest days with signals the baseline needs before a z-score is given
 * @param baselineMinSpread smallest standard deviation the z-score divides by, so a flat baseline does not turn a
 *                          small move into a huge score
 * @param trendThreshold    change of the smoothed index against a week earlier that counts as improved or
 *                          deteriorated
 */
public record TrendSettings(int smoothingDays, int baselineDays, int baselineMinDays, double baselineMinSpread,
                            double trendThreshold) {

    public TrendSettings {
        if (smoothingDays < 1 || baselineDays < 1 || baselineMinDays < 2 || baselineMinDays > baselineDays) {
            throw new IllegalArgumentException("aggregate: smoothing-days and baseline-days must be at least 1, and "
                    + "baseline-min-days between 2 and baseline-days (got " + smoothingDays + ", " + baselineDays
                    + ", " + baselineMinDays + ")");
        }
        if (!(baselineMinSpread > 0) || !(trendThreshold > 0) || trendThreshold > 2) {
            throw new IllegalArgumentException("aggregate: baseline-min-spread must be above 0 and trend-threshold "
                    + "above 0 and at most 2 (got " + baselineMinSpread + ", " + trendThreshold + ")");
        }
    }

    /** The watch's settings, each checked with an error naming the file and line that set it. */
    public static TrendSettings from(Settings settings) {
        int smoothing = settings.integer("aggregate.smoothing-days");
        int baseline = settings.integer("aggregate.baseline-days");
        int minDays = settings.integer("aggregate.baseline-min-days");
        double spread = settings.decimal("aggregate.baseline-min-spread");
        double threshold = settings.decimal("aggregate.trend-threshold");
        check(settings, "aggregate.smoothing-days", smoothing >= 1 && smoothing <= 366, "must be from 1 to 366");
        check(settings, "aggregate.baseline-days", baseline >= 1 && baseline <= 366, "must be from 1 to 366");
        check(settings, "aggregate.baseline-min-days", minDays >= 2 && minDays <= baseline,
                "must be from 2 to baseline-days (" + baseline + ")");
        check(settings, "aggregate.baseline-min-spread", spread > 0, "must be above 0");
        check(settings, "aggregate.trend-threshold", threshold > 0 && threshold <= 2, "must be above 0 and at most 2");
        return new TrendSettings(smoothing, baseline, minDays, spread, threshold);
    }

    private static void check(Settings settings, String key, boolean ok, String rule) {
        if (!ok) {
            throw new WatchException(settings.origin(key) + ": setting '" + key + "' " + rule + ", not '"
                    + settings.string(key) + "'");
        }
    }

    /** The values of {@code jobs/defaults.yaml}, for code and tests that have no watch at hand. */
    public static TrendSettings standard() {
        return new TrendSettings(7, 28, 7, 0.05, 0.15);
    }
}
