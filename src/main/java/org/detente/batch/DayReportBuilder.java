package org.detente.batch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.detente.aggregate.IndicatorTrend;
import org.detente.aggregate.TrendCalculator;
import org.detente.aggregate.TrendSettings;
import org.detente.archive.DayReportQueries;
import org.detente.archive.FailureRepository;
import org.detente.archive.IndicatorRepository;
import org.detente.report.DayReport;
import org.detente.watch.Watch;

/**
 * Gathers from the archive everything the reports of one watch and date show. Signals and articles are left as
 * database queries that the writers read row by row; only the indicator history and the strongest sentences are
 * loaded.
 */
class DayReportBuilder {

    private final DayReportQueries queries;
    private final IndicatorRepository indicators;
    private final FailureRepository failures;
    private final Clock clock;

    DayReportBuilder(DayReportQueries queries, IndicatorRepository indicators, FailureRepository failures,
                     Clock clock) {
        this.queries = queries;
        this.indicators = indicators;
        this.failures = failures;
        this.clock = clock;
    }

    DayReport build(Watch watch, LocalDate date, String lexiconVersion, TrendSettings trendSettings) {
        List<IndicatorTrend> history = new TrendCalculator(trendSettings).calculate(indicators.history(watch.id()));
        List<IndicatorTrend> today = history.stream().filter(r -> r.date().equals(date)).toList();
        return new DayReport(watch.id(), watch.title(), date, lexiconVersion, clock.instant(),
                queries.articles(watch.id(), date, watch.timezone()),
                queries.signals(watch.id(), date, watch.timezone()),
                queries.strongest(watch.id(), date, watch.timezone(), DayReport.TOP_SENTENCES),
                today, history, failures.forDay(watch.id(), date), trendSettings);
    }
}
