package org.detente.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.detente.aggregate.IndicatorTrend;

/**
 * Everything the reports of one watch and date show.
 *
 * @param indicators the day's rows, one per category plus {@code total}, with their trends
 * @param history    every stored indicator row of the watch with its trend, for indicators.csv and the Trend sheet;
 *                   also the dates after the report date when an earlier date is rerun
 */
public record DayReport(String watch, String watchTitle, LocalDate date, String lexiconVersion, Instant generatedAt,
                        List<ArticleRow> articles, List<SignalRow> signals, List<IndicatorTrend> indicators,
                        List<IndicatorTrend> history, List<FailureRow> failures) {
}
