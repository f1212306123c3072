package org.detente.batch;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** What the job repository remembers of the runs: the latest execution of each job, watch and date. */
@Component
public class RunHistory {

    /** The job names of the pipeline, in the order status lists them. */
    static final List<String> JOBS = List.of(DailyJobConfiguration.JOB, RescoreJobConfiguration.JOB);
    private static final int MAX_INSTANCES = 100_000;

    private final JobRepository repository;

    public RunHistory(JobRepository repository) {
        this.repository = repository;
    }

    /**
     * One run of a job for a watch and date, as its latest execution left it.
     *
     * @param attempts executions of this run (a resumed run has more than one)
     * @param items    items written per step of the latest execution
     */
    public record Run(String job, String watch, LocalDate date, long rerun, String status, int attempts,
                      LocalDateTime started, LocalDateTime ended, List<Long> items, String exitMessage) {

        public boolean completed() {
            return BatchStatus.COMPLETED.name().equals(status);
        }
    }

    /** The latest run of each job per date of the watch (every watch when null), newest date first. */
    public List<Run> latest(String watch) {
        List<Run> runs = new ArrayList<>();
        for (String job : JOBS) {
            for (JobInstance instance : repository.getJobInstances(job, 0, MAX_INSTANCES)) {
                List<JobExecution> executions = repository.getJobExecutions(instance);
                if (executions.isEmpty()) {
                    continue;
                }
                JobExecution last = executions.stream().max(Comparator.comparing(JobExecution::getId)).orElseThrow();
                JobParameters p = last.getJobParameters();
                String w = p.getString(DailyJobConfiguration.WATCH);
                if (w == null || (watch != null && !watch.equals(w))) {
                    continue;
                }
                runs.add(run(job, w, p, last, executions.size()));
            }
        }
        // of several reruns of a date, the latest one says what the date's results are
        List<Run> newest = new ArrayList<>();
        runs.sort(Comparator.comparing(Run::watch).thenComparing(Run::date, Comparator.reverseOrder())
                .thenComparing(Run::job).thenComparing(Run::rerun, Comparator.reverseOrder()));
        for (Run r : runs) {
            Run previous = newest.isEmpty() ? null : newest.get(newest.size() - 1);
            if (previous == null || !previous.watch().equals(r.watch()) || !previous.date().equals(r.date())
                    || !previous.job().equals(r.job())) {
                newest.add(r);
            }
        }
        return newest;
    }

    /**
     * The newest date with a completed daily run of the watch. Any completed run counts, also when a rerun of the
     * date is in progress or failed since: the date's results were delivered once.
     */
    public Optional<LocalDate> lastSuccess(String watch) {
        LocalDate newest = null;
        for (JobInstance instance : repository.getJobInstances(DailyJobConfiguration.JOB, 0, MAX_INSTANCES)) {
            for (JobExecution e : repository.getJobExecutions(instance)) {
                JobParameters p = e.getJobParameters();
                LocalDate date = p.getLocalDate(DailyJobConfiguration.DATE);
                if (e.getStatus() == BatchStatus.COMPLETED && watch.equals(p.getString(DailyJobConfiguration.WATCH))
                        && date != null && (newest == null || date.isAfter(newest))) {
                    newest = date;
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    private static Run run(String job, String watch, JobParameters p, JobExecution last, int attempts) {
        List<Long> items = new ArrayList<>();
        for (StepExecution s : last.getStepExecutions()) {
            items.add(s.getWriteCount());
        }
        // failure exceptions are not stored; the exit description holds the first one's stack trace
        String description = last.getExitStatus().getExitDescription();
        String exit = description == null || description.isBlank() ? "" : description.strip().lines().findFirst()
                .orElse("").replaceFirst("^[\\w.$]+(Exception|Error): ", "");
        Long rerun = p.getLong(DailyJobConfiguration.RERUN);
        return new Run(job, watch, p.getLocalDate(DailyJobConfiguration.DATE), rerun == null ? 0 : rerun,
                last.getStatus().name(), attempts, last.getStartTime(), last.getEndTime(), items, exit);
    }
}
