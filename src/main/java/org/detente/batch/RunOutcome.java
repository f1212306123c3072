package org.detente.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * How one run of a watch and date ended.
 *
 * @param status      the Spring Batch status name (COMPLETED, FAILED, ...)
 * @param restarted   true when a failed earlier execution of the date was resumed
 * @param counts      items written per step
 * @param skipped     items skipped and recorded as failures
 * @param reportDir   the folder of the day's reports, or null when the report step did not run
 * @param failureText the first failure's message when the run failed
 */
public record RunOutcome(String watch, LocalDate date, String status, boolean restarted, long rerun,
                         Map<String, Long> counts, long skipped, Map<String, Duration> stepTimes,
                         Path reportDir, String failureText) {

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
