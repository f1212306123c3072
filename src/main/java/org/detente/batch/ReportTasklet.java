package org.detente.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.detente.aggregate.TrendSettings;
import org.detente.report.ReportFiles;
import org.detente.report.ReportWriter;
import org.detente.watch.Watch;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the day's workbook and CSV files and the watch's indicator history, and remembers where. */
class ReportTasklet implements Tasklet {

    static final String REPORT_DIR = "detente.report.dir";

    private final Watch watch;
    private final LocalDate date;
    private final String lexiconVersion;
    private final DayReportBuilder builder;
    private final Path reportsDir;
    private final TrendSettings trendSettings;

    ReportTasklet(Watch watch, LocalDate date, String lexiconVersion, DayReportBuilder builder, Path reportsDir,
                  TrendSettings trendSettings) {
        this.watch = watch;
        this.date = date;
        this.lexiconVersion = lexiconVersion;
        this.builder = builder;
        this.reportsDir = reportsDir;
        this.trendSettings = trendSettings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        ReportFiles files = new ReportWriter().write(builder.build(watch, date, lexiconVersion, trendSettings), reportsDir);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(REPORT_DIR, files.workbook().getParent().toString());
        return RepeatStatus.FINISHED;
    }
}
