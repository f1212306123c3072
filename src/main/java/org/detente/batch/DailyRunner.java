package org.detente.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * chunk (also when its process was killed); a completed one is run again as a new instance (the next rerun number), which replaces the date's results.
 */
@Component
public class DailyRunner {

    private static final Logger log = LoggerFactory.getLogger(DailyRunner.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job dailyJob;
    private final Job rescoreJob;
    private final PipelineCatalog catalog;
    private final RunLocks locks;

    public DailyRunner(JobOperator operator, JobRepository repository, Job dailyJob, Job rescoreJob,
                       PipelineCatalog catalog, RunLocks locks) {
        this.operator = operator;
        this.repository = repository;
        this.dailyJob = dailyJob;
        this.rescoreJob = rescoreJob;
        this.catalog = catalog;
        this.locks = locks;
    }

    public RunOutcome run(String watch, LocalDate date) throws Exception {
        return run(watch, date, false);
    }

    /** Runs the date; with {@code refetch} the web sources are fetched again even when the date's archive holds them. */
    public RunOutcome run(String watch, LocalDate date, boolean refetch) throws Exception {
        return run(dailyJob, watch, date, refetch);
    }

    /**
     * Scores the date's stored articles again with the watch's current lexicon and rewrites its indicators and
     * reports. The date must have had a completed daily run: there is nothing to score before.
     */
    public RunOutcome rescore(String watch, LocalDate date) throws Exception {
        if (!hasCompletedDailyRun(watch, date)) {
            throw new NotRunYetException(watch + " " + date + " has no completed run to rescore; run it first");
        }
        return run(rescoreJob, watch, date, false);
    }

    private boolean hasCompletedDailyRun(String watch, LocalDate date) {
        for (long rerun = 0; ; rerun++) {
            JobInstance instance = repository.getJobInstance(DailyJobConfiguration.JOB, parameters(watch, date, rerun));
            if (instance == null) {
                return false;
            }
            if (repository.getJobExecutions(instance).stream().anyMatch(e -> e.getStatus() == BatchStatus.COMPLETED)) {
                return true;
            }
        }
    }

    /**
     * Runs a job of the pipeline for a watch and date while holding the date's run lock. An execution left running
     * (its process was killed) is marked failed first, which we may do because the lock proves nobody runs it.
     */
    RunOutcome run(Job job, String watch, LocalDate date, boolean refetch) throws Exception {
        // Bad settings or lexicon fail here, before a job instance exists, rather than inside a step.
        catalog.lexicon(catalog.watch(watch));
        catalog.trendSettings(catalog.watch(watch));
        try (RunLocks.Held lock = locks.acquire(watch, date)) {
            long rerun = 0;
            JobExecution last = null;
            while (true) {
                JobInstance instance = repository.getJobInstance(job.getName(), parameters(watch, date, rerun));
                if (instance == null) {
                    break;
                }
                last = repository.getLastJobExecution(instance);
                if (last == null || !isFinal(last.getStatus())) {
                    break;
                }
                rerun++;
            }
            if (last != null && last.getStatus().isRunning()) {
                log.info("{} {}: execution {} was left {} by a process that is gone; marking it failed to resume it",
                        watch, date, last.getId(), last.getStatus());
                last = operator.recover(last);
            }
            boolean restart = last != null && !isFinal(last.getStatus());
            JobParameters parameters = new JobParametersBuilder(parameters(watch, date, rerun))
                    .addString(DailyJobConfiguration.REFETCH, Boolean.toString(refetch), false).toJobParameters();
            JobExecution execution = operator.start(job, parameters);
            return outcome(watch, date, rerun, restart, execution);
        }
    }

    /** Completed and abandoned instances cannot start again: a new run needs the next rerun number. */
    private static boolean isFinal(BatchStatus status) {
        return status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED;
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
