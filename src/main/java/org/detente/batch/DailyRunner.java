package org.detente.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts the daily job for a watch and date. A failed or stopped run of the date is resumed from its last committed
 * chunk; a completed one is run again as a new instance (the next rerun number), which replaces the date's results.
 */
@Component
public class DailyRunner {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job dailyJob;
    private final PipelineCatalog catalog;

    public DailyRunner(JobOperator operator, JobRepository repository, Job dailyJob, PipelineCatalog catalog) {
        this.operator = operator;
        this.repository = repository;
        this.dailyJob = dailyJob;
        this.catalog = catalog;
    }

    public RunOutcome run(String watch, LocalDate date) throws Exception {
        return run(watch, date, false);
    }

    /** Runs the date; with {@code refetch} the web sources are fetched again even when the date's archive holds them. */
    public RunOutcome run(String watch, LocalDate date, boolean refetch) throws Exception {
        catalog.lexicon(catalog.watch(watch));
        catalog.trendSettings(catalog.watch(watch));
        long rerun = 0;
        JobExecution last = null;
        while (true) {
            JobInstance instance = repository.getJobInstance(DailyJobConfiguration.JOB, parameters(watch, date, rerun));
            if (instance == null) {
                break;
            }
            last = repository.getLastJobExecution(instance);
            if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
                break;
            }
            rerun++;
        }
        if (last != null && last.getStatus().isRunning()) {
            throw new IllegalStateException("a run of " + watch + " for " + date + " is already in progress "
                    + "(execution " + last.getId() + ")");
        }
        boolean restart = last != null && last.getStatus() != BatchStatus.COMPLETED;
        JobParameters parameters = new JobParametersBuilder(parameters(watch, date, rerun))
                .addString(DailyJobConfiguration.REFETCH, Boolean.toString(refetch), false).toJobParameters();
        JobExecution execution = operator.start(dailyJob, parameters);
        return outcome(watch, date, rerun, restart, execution);
    }

    static JobParameters parameters(String watch, LocalDate date, long rerun) {
        return new JobParametersBuilder()
                .addString(DailyJobConfiguration.WATCH, watch)
                .addLocalDate(DailyJobConfiguration.DATE, date)
                .addLong(DailyJobConfiguration.RERUN, rerun)
                .toJobParameters();
    }

    private static RunOutcome outcome(String watch, LocalDate date, long rerun, boolean restart, JobExecution e) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Duration> times = new LinkedHashMap<>();
        long skipped = 0;
        for (StepExecution s : e.getStepExecutions()) {
            counts.put(s.getStepName(), s.getWriteCount());
            skipped += s.getSkipCount();
            if (s.getStartTime() != null && s.getEndTime() != null) {
                times.put(s.getStepName(), Duration.between(s.getStartTime(), s.getEndTime()));
            }
        }
        String dir = e.getExecutionContext().getString(ReportTasklet.REPORT_DIR, null);
        String failure = e.getAllFailureExceptions().stream().findFirst()
                .map(t -> rootMessage(t)).orElse(null);
        return new RunOutcome(watch, date, e.getStatus().name(), restart, rerun, counts, skipped, times,
                dir == null ? null : Path.of(dir), failure);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
