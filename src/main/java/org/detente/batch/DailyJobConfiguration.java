package org.detente.batch;

import java.time.Clock;
import java.time.LocalDate;
import org.detente.DetenteProperties;
import org.detente.archive.ArticleEntryRepository;
import org.detente.archive.ArticleFieldRepository;
import org.detente.archive.ArticleRepository;
import org.detente.archive.DayReportQueries;
import org.detente.archive.DayRepository;
import org.detente.archive.FailureRepository;
import org.detente.archive.FetchLogRepository;
import org.detente.archive.IndicatorRepository;
import org.detente.archive.RawPageRepository;
import org.detente.archive.SignalRepository;
import org.detente.extract.StoryFolder;
import org.detente.watch.Watch;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The daily job of a watch and a run date: collect, extract, score, aggregate, report. The job has no incrementer:
 * its identity is the watch, the date and a rerun number the launcher chooses.
 */
@Configuration(proxyBeanMethods = false)
class DailyJobConfiguration {

    static final String JOB = "daily";
    static final String WATCH = "watch";
    static final String DATE = "date";
    static final String RERUN = "rerun";
    /** Not identifying: whether the web sources are fetched again instead of read from the date's archive. */
    static final String REFETCH = "refetch";
    private static final int CHUNK = 20;
    private static final long SKIP_LIMIT = 100_000;

    @Bean
    Job dailyJob(JobRepository jobs, Step collectStep, Step extractStep, Step scoreStep, Step aggregateStep,
                 Step reportStep) {
        return new JobBuilder(JOB, jobs)
                .validator(new DateParameterValidator())
                .start(collectStep)
                .next(extractStep)
                .next(scoreStep)
                .next(aggregateStep)
                .next(reportStep)
                .build();
    }

    // collect: the sources into the raw page store
    @Bean
    Step collectStep(JobRepository jobs, PlatformTransactionManager tx, CollectTasklet collectTasklet,
                     StepTimer stepTimer) {
        return new StepBuilder("collect", jobs).tasklet(collectTasklet, tx).listener(stepTimer).build();
    }

    @Bean
    @StepScope
    CollectTasklet collectTasklet(PipelineCatalog catalog, DetenteProperties properties, RawPageRepository rawPages,
                                  FailureRepository failures, DayRepository days, FetchLogRepository fetchLog,
                                  PipelineMetrics metrics,
                                  @Value("#{jobParameters['watch']}") String watch,
                                  @Value("#{jobParameters['date']}") LocalDate date,
                                  @Value("#{jobParameters['refetch'] ?: 'false'}") String refetch) {
        return new CollectTasklet(catalog.watch(watch), date, properties.jobsDir(), rawPages, failures, days, metrics,
                new WebCollectStep(fetchLog, Boolean.parseBoolean(refetch)));
    }

    /**
     * A chunk step over row ids whose failed items are skipped and recorded, never fatal. The transaction manager
     * is named explicitly: without it Batch 6's chunk step would commit nothing the writer does transactionally.
     */
    private static <O> Step chunkStep(String name, JobRepository jobs, PlatformTransactionManager tx,
                                      IdListReader reader, ItemProcessor<Long, O> processor, ItemWriter<O> writer,
                                      FailureRecorder failures, StepTimer stepTimer, ChunkLog chunkLog) {
        return new StepBuilder(name, jobs).<Long, O>chunk(CHUNK)
                .transactionManager(tx)
                .reader(reader).processor(processor).writer(writer)
                .faultTolerant().skip(SkippedItemException.class).skipLimit(SKIP_LIMIT)
                .skipListener(failures)
                .listener(stepTimer)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) chunkLog)
                .listener((org.springframework.batch.core.listener.ChunkListener<Long, O>) (Object) chunkLog)
                .build();
    }

    // extract: the article of each raw page published on the date
    @Bean
    Step extractStep(JobRepository jobs, PlatformTransactionManager tx, IdListReader rawPageReader,
                     ExtractProcessor extractProcessor, ArticleWriter articleWriter, FailureRecorder extractFailures,
                     StepTimer stepTimer, ChunkLog chunkLog) {
        return chunkStep("extract", jobs, tx, rawPageReader, extractProcessor, articleWriter, extractFailures,
                stepTimer, chunkLog);
    }

    @Bean
    @StepScope
    IdListReader rawPageReader(RawPageRepository rawPages, @Value("#{jobParameters['watch']}") String watch,
                               @Value("#{jobParameters['date']}") LocalDate date) {
        return new IdListReader("rawPages", () -> rawPages.idsPublishedOn(watch, date));
    }

    @Bean
    @StepScope
    ExtractProcessor extractProcessor(PipelineCatalog catalog, RawPageRepository rawPages,
                                      @Value("#{jobParameters['watch']}") String watch,
                                      @Value("#{jobParameters['date']}") LocalDate date) {
        return new ExtractProcessor(catalog.watch(watch), date, rawPages);
    }

    @Bean
    @StepScope
    ArticleWriter articleWriter(PipelineCatalog catalog, ArticleRepository articles, ArticleFieldRepository fields,
                                ArticleEntryRepository entries, PipelineMetrics metrics,
                                @Value("#{jobParameters['watch']}") String watch) {
        int distance = catalog.watch(watch).settings().integer("extract.story-max-distance");
        return new ArticleWriter(articles, fields, entries, new StoryFolder(distance), metrics);
    }

    @Bean
    @StepScope
    FailureRecorder extractFailures(FailureRepository failures, PipelineMetrics metrics,
                                    @Value("#{jobParameters['watch']}") String watch,
                                    @Value("#{jobParameters['date']}") LocalDate date) {
        return new FailureRecorder(failures, metrics, watch, date, "extract");
    }

    // score: the signals of each article of the date
    @Bean
    Step scoreStep(JobRepository jobs, PlatformTransactionManager tx, IdListReader articleReader,
                   ScoreProcessor scoreProcessor, SignalWriter signalWriter, FailureRecorder scoreFailures,
                   StepTimer stepTimer, ChunkLog chunkLog) {
        return chunkStep("score", jobs, tx, articleReader, scoreProcessor, signalWriter, scoreFailures, stepTimer,
                chunkLog);
    }

    @Bean
    @StepScope
    IdListReader articleReader(ArticleRepository articles, @Value("#{jobParameters['watch']}") String watch,
                               @Value("#{jobParameters['date']}") LocalDate date) {
        return new IdListReader("articles", () -> articles.ids(watch, date));
    }

    @Bean
    @StepScope
    ScoreProcessor scoreProcessor(PipelineCatalog catalog, ArticleRepository articles,
                                  @Value("#{jobParameters['watch']}") String watch) {
        Watch w = catalog.watch(watch);
        return new ScoreProcessor(w, articles, catalog.scorer(w));
    }

    @Bean
    @StepScope
    SignalWriter signalWriter(PipelineCatalog catalog, SignalRepository signals, PipelineMetrics metrics,
                              @Value("#{jobParameters['watch']}") String watch) {
        return new SignalWriter(signals, catalog.lexicon(catalog.watch(watch)).version(), metrics);
    }

    @Bean
    @StepScope
    FailureRecorder scoreFailures(FailureRepository failures, PipelineMetrics metrics,
                                  @Value("#{jobParameters['watch']}") String watch,
                                  @Value("#{jobParameters['date']}") LocalDate date) {
        return new FailureRecorder(failures, metrics, watch, date, "score");
    }

    // aggregate: the date's indicators
    @Bean
    Step aggregateStep(JobRepository jobs, PlatformTransactionManager tx, AggregateTasklet aggregateTasklet,
                       StepTimer stepTimer) {
        return new StepBuilder("aggregate", jobs).tasklet(aggregateTasklet, tx).listener(stepTimer).build();
    }

    @Bean
    @StepScope
    AggregateTasklet aggregateTasklet(PipelineCatalog catalog, ArticleRepository articles, SignalRepository signals,
                                      IndicatorRepository indicators,
                                      @Value("#{jobParameters['watch']}") String watch,
                                      @Value("#{jobParameters['date']}") LocalDate date) {
        Watch w = catalog.watch(watch);
        return new AggregateTasklet(w, date, catalog.lexicon(w), articles, signals, indicators);
    }

    // report: the workbook, the day's CSVs and the indicator history
    @Bean
    Step reportStep(JobRepository jobs, PlatformTransactionManager tx, ReportTasklet reportTasklet,
                    StepTimer stepTimer) {
        return new StepBuilder("report", jobs).tasklet(reportTasklet, tx).listener(stepTimer).build();
    }

    @Bean
    @StepScope
    ReportTasklet reportTasklet(PipelineCatalog catalog, DetenteProperties properties, DayReportQueries queries,
                                IndicatorRepository indicators, FailureRepository failures,
                                @Value("#{jobParameters['watch']}") String watch,
                                @Value("#{jobParameters['date']}") LocalDate date) {
        Watch w = catalog.watch(watch);
        DayReportBuilder builder = new DayReportBuilder(queries, indicators, failures, Clock.systemUTC());
        return new ReportTasklet(w, date, catalog.lexicon(w).version(), builder, properties.reportsDir(),
                catalog.trendSettings(w));
    }
}
