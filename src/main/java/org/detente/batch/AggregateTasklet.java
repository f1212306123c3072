package org.detente.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.detente.aggregate.DailyIndicator;
import org.detente.aggregate.IndicatorCalculator;
import org.detente.aggregate.ScoredArticle;
import org.detente.archive.ArticleRepository;
import org.detente.archive.IndicatorRepository;
import org.detente.archive.SignalRepository;
import org.detente.score.Lexicon;
import org.detente.score.Signal;
import org.detente.watch.Watch;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Computes the date's indicators from its stored signals alone and replaces the date's rows in the history. */
class AggregateTasklet implements Tasklet {

    private final Watch watch;
    private final LocalDate date;
    private final Lexicon lexicon;
    private final ArticleRepository articles;
    private final SignalRepository signals;
    private final IndicatorRepository indicators;

    AggregateTasklet(Watch watch, LocalDate date, Lexicon lexicon, ArticleRepository articles,
                     SignalRepository signals, IndicatorRepository indicators) {
        this.watch = watch;
        this.date = date;
        this.lexicon = lexicon;
        this.articles = articles;
        this.signals = signals;
        this.indicators = indicators;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<DailyIndicator> rows = calculate();
        indicators.replaceDay(watch.id(), date, rows);
        contribution.incrementWriteCount(rows.size());
        return RepeatStatus.FINISHED;
    }

    /** The date's indicator rows, from its stored articles and the weights of their signals. */
    List<DailyIndicator> calculate() {
        Map<Long, List<Signal>> byArticle = new LinkedHashMap<>();
        for (SignalRepository.StoredSignal s : signals.weightsForDay(watch.id(), date)) {
            byArticle.computeIfAbsent(s.articleId(), id -> new ArrayList<>()).add(s.signal());
        }
        List<ScoredArticle> scored = new ArrayList<>();
        for (ArticleRepository.ArticleKey a : articles.keysForDay(watch.id(), date)) {
            scored.add(new ScoredArticle(a.storyId(), a.outlet(), byArticle.getOrDefault(a.id(), List.of())));
        }
        return new IndicatorCalculator().calculate(watch.id(), date, lexicon.categories(), lexicon.version(),
                scored);
    }
}
