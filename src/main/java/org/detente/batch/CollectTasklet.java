package org.detente.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.detente.archive.DayRepository;
import org.detente.archive.FailureRepository;
import org.detente.archive.RawPageRepository;
import org.detente.collect.CollectFailure;
import org.detente.collect.CollectedPage;
import org.detente.collect.FolderCollector;
import org.detente.extract.ArticleExtractor;
import org.detente.watch.SourceSpec;
import org.detente.watch.Watch;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Collects the watch's sources into the raw page store. As the first step of a run it also clears what an earlier
 * run derived for the date, so that a rerun replaces the date's results instead of adding to them.
 */
class CollectTasklet implements Tasklet {

    static final String STAGE = "collect";

    private final Watch watch;
    private final LocalDate date;
    private final Path jobsDir;
    private final RawPageRepository rawPages;
    private final FailureRepository failures;
    private final DayRepository days;
    private final PipelineMetrics metrics;

    CollectTasklet(Watch watch, LocalDate date, Path jobsDir, RawPageRepository rawPages, FailureRepository failures,
                   DayRepository days, PipelineMetrics metrics) {
        this.watch = watch;
        this.date = date;
        this.jobsDir = jobsDir;
        this.rawPages = rawPages;
        this.failures = failures;
        this.days = days;
        this.metrics = metrics;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        days.clear(watch.id(), date);
        ArticleExtractor dater = new ArticleExtractor(watch.timezone());
        FolderCollector folders = new FolderCollector(jobsDir, (bytes, url) -> dater.publishedAt(bytes, url)
                .map(t -> t.atZoneSameInstant(watch.timezone()).toLocalDate()),
                watch.settings().bytes("collect.max-page-size"), Clock.systemUTC());
        int stored = 0;
        for (SourceSpec source : watch.sources()) {
            FolderCollector.Result result = folders.collect(source.name(), source.path(), source::accepts,
                    rawPages.stamps(watch.id(), source.name()));
            for (CollectedPage page : result.pages()) {
                stored += rawPages.store(watch.id(), page) ? 1 : 0;
            }
            for (CollectFailure failure : result.failures()) {
                failures.record(watch.id(), date, failure.url(), STAGE, failure.reason());
                metrics.failed(watch.id(), STAGE, failure.reason());
            }
        }
        for (String url : rawPages.undatedUrls(watch.id())) {
            failures.record(watch.id(), date, url, STAGE, "skipped: the page names no publication date");
        }
        contribution.incrementWriteCount(stored);
        metrics.pagesCollected(watch.id(), stored);
        return RepeatStatus.FINISHED;
    }
}
