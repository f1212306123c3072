package org.detente.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.detente.aggregate.IndicatorTrend;
import org.detente.aggregate.TrendSettings;
import org.detente.score.Direction;

/**
 * Everything the reports of one watch and date show. Signals and articles are sources that can be read more than
 * once (for the CSV and for the workbook) but are never all held in memory.
 *
 * @param articles   the day's articles in a stable order, with their signal counts
 * @param signals    the day's signals in article and text order
 * @param strongest  the {@value #TOP_SENTENCES} strongest signals of each direction by |intensity|, ties in the
 *                   order of {@code signals}
 * @param indicators the day's rows, one per category plus {@code total}, with their trends
 * @param history    every stored indicator row of the watch with its trend, for indicators.csv and the Trend sheet;
 *                   also the dates after the report date when an earlier date is rerun
 * @param trendSettings the smoothing, baseline and trend settings the trends were computed with
 */
public record DayReport(String watch, String watchTitle, LocalDate date, String lexiconVersion, Instant generatedAt,
                        RowSource<ArticleRow> articles, RowSource<SignalRow> signals, List<SignalRow> strongest,
                        List<IndicatorTrend> indicators, List<IndicatorTrend> history, List<FailureRow> failures,
                        TrendSettings trendSettings) {

    /** How many of the strongest sentences of each direction the Summary shows. */
    public static final int TOP_SENTENCES = 5;

    /** A report of rows already in memory; the strongest signals are picked from {@code signals}. */
    public static DayReport of(String watch, String watchTitle, LocalDate date, String lexiconVersion,
                               Instant generatedAt, List<ArticleRow> articles, List<SignalRow> signals,
                               List<IndicatorTrend> indicators, List<IndicatorTrend> history,
                               List<FailureRow> failures, TrendSettings trendSettings) {
        List<SignalRow> strongest = new ArrayList<>(SummarySheet.top(signals, Direction.ESCALATION));
        strongest.addAll(SummarySheet.top(signals, Direction.DE_ESCALATION));
        return new DayReport(watch, watchTitle, date, lexiconVersion, generatedAt, RowSource.of(articles),
                RowSource.of(signals), strongest, indicators, history, failures, trendSettings);
    }
}
