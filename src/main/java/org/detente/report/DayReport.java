package org.detente.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.detente.aggregate.DailyIndicator;

/**
 * Everything the reports of one watch and date show.
 *
 * @param indicators the day's rows, one per category plus {@code total}
 * @param history    every stored indicator row of the watch up to and including the date, for indicators.csv
 */
public record DayReport(String watch, String watchTitle, LocalDate date, String lexiconVersion, Instant generatedAt,
                        List<ArticleRow> articles, List<SignalRow> signals, List<DailyIndicator> indicators,
                        List<DailyIndicator> history, List<FailureRow> failures) {
}
