package org.detente.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.detente.archive.DayRepository;
import org.detente.archive.FailureRepository;
import org.detente.archive.RawPageRepository;
import org.detente.collect.CollectFailure;
import org.detente.collect.CollectedPage;
import org.detente.collect.FolderCollector;
import org.detente.collect.PageDater;
import org.detente.collect.WarcImporter;
import org.detente.collect.WebCollector;
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
    private final WebCollectStep web;

    CollectTasklet(Watch watch, LocalDate date, Path jobsDir, RawPageRepository rawPages, FailureRepository failures,
                   DayRepository days, PipelineMetrics metrics, WebCollectStep web) {
        this.watch = watch;
        this.date = date;
        this.jobsDir = jobsDir;
        this.rawPages = rawPages;
        this.failures = failures;
        this.days = days;
        this.metrics = metrics;
        this.web = web;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        days.clear(watch.id(), date);
        ArticleExtractor extractor = new ArticleExtractor(watch.timezone());
        PageDater dater = (bytes, url) -> extractor.publishedAt(bytes, url)
                .map(t -> t.atZoneSameInstant(watch.timezone()).toLocalDate());
        long maxBytes = watch.settings().bytes("collect.max-page-size");
        FolderCollector folders = new FolderCollector(jobsDir, dater, maxBytes, Clock.systemUTC());
        WarcImporter warcs = new WarcImporter(jobsDir, dater, maxBytes);
        int stored = 0;
        List<SourceSpec> webSources = new ArrayList<>();
        for (SourceSpec source : watch.sources()) {
            if (WebCollectStep.TYPES.contains(source.type())) {
                webSources.add(source);
            } else if (source.type().equals("warc")) {
                WarcImporter.Result result = warcs.read(source.name(), source.path(), source::accepts);
                stored += store(result.pages(), result.failures());
            } else {
                FolderCollector.Result result = folders.collect(source.name(), source.path(), source::accepts,
                        rawPages.stamps(watch.id(), source.name()));
                stored += store(result.pages(), result.failures());
            }
        }
        if (!webSources.isEmpty()) {
            WebCollector.Result result = web.collect(watch, date, jobsDir, webSources, dater);
            stored += store(result.pages(), result.failures());
        }
        for (String url : rawPages.undatedUrls(watch.id())) {
            failures.record(watch.id(), date, url, STAGE, "skipped: the page names no publication date");
        }
        contribution.incrementWriteCount(stored);
        metrics.pagesCollected(watch.id(), stored);
        return RepeatStatus.FINISHED;
    }

    private int store(List<CollectedPage> pages, List<CollectFailure> found) {
        int stored = 0;
        for (CollectedPage page : pages) {
            stored += rawPages.store(watch.id(), page) ? 1 : 0;
        }
        for (CollectFailure failure : found) {
            failures.record(watch.id(), date, failure.url(), STAGE, failure.reason(), failure.httpStatus());
            metrics.failed(watch.id(), STAGE, failure.reason());
        }
        return stored;
    }
}
