package org.detente.batch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.detente.aggregate.IndicatorTrend;
import org.detente.aggregate.TrendCalculator;
import org.detente.aggregate.TrendSettings;
import org.detente.archive.ArticleRepository;
import org.detente.archive.FailureRepository;
import org.detente.archive.IndicatorRepository;
import org.detente.archive.SignalRepository;
import org.detente.archive.StoredArticle;
import org.detente.report.ArticleRow;
import org.detente.report.DayReport;
import org.detente.report.SignalRow;
import org.detente.score.Direction;
import org.detente.watch.Watch;

/** Gathers from the archive everything the reports of one watch and date show. */
class DayReportBuilder {

    private final ArticleRepository articles;
    private final SignalRepository signals;
    private final IndicatorRepository indicators;
    private final FailureRepository failures;
    private final Clock clock;

    DayReportBuilder(ArticleRepository articles, SignalRepository signals, IndicatorRepository indicators,
                     FailureRepository failures, Clock clock) {
        this.articles = articles;
        this.signals = signals;
        this.indicators = indicators;
        this.failures = failures;
        this.clock = clock;
    }

    DayReport build(Watch watch, LocalDate date, String lexiconVersion, TrendSettings trendSettings) {
        Map<Long, StoredArticle> byId = new HashMap<>();
        articles.forDay(watch.id(), date, watch.timezone()).forEach(a -> byId.put(a.id(), a));
        List<SignalRow> signalRows = new ArrayList<>();
        Map<Long, int[]> counts = new HashMap<>();
        for (SignalRepository.StoredSignal s : signals.forDay(watch.id(), date)) {
            StoredArticle a = byId.get(s.articleId());
            signalRows.add(new SignalRow(a.published(), a.url(), a.outlet(), a.storyId(), s.signal()));
            counts.computeIfAbsent(a.id(), id -> new int[2])[s.signal().direction() == Direction.ESCALATION ? 0 : 1]++;
        }
        List<ArticleRow> articleRows = new ArrayList<>();
        for (StoredArticle a : articles.forDay(watch.id(), date, watch.timezone())) {
            int[] c = counts.getOrDefault(a.id(), new int[2]);
            articleRows.add(new ArticleRow(a.url(), a.outlet(), a.title(), a.published(), a.language(), a.storyId(),
                    c[0], c[1]));
        }
        List<IndicatorTrend> history = new TrendCalculator(trendSettings).calculate(indicators.history(watch.id()));
        List<IndicatorTrend> today = history.stream().filter(r -> r.date().equals(date)).toList();
        return new DayReport(watch.id(), watch.title(), date, lexiconVersion, clock.instant(), articleRows,
                signalRows, today, history, failures.forDay(watch.id(), date));
    }
}
