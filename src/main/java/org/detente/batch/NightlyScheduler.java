package org.detente.batch;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs each watch's daily job for the day before, on the watch's cron in its time zone. Runs happen one at a time
 * on a single thread, so one process never overlaps itself; the run lock keeps other processes sharing the database
 * from running the same watch and date at once.
 */
@Component
public class NightlyScheduler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NightlyScheduler.class);

    private final DailyRunner runner;
    private final PipelineCatalog catalog;
    private final LastSuccessGauges gauges;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final List<Nightly> scheduled = new ArrayList<>();

    /** One watch's schedule. */
    public record Nightly(String watch, String cron, ZoneId zone) {

        /** The next time this schedule fires after the given one. */
        public ZonedDateTime nextAfter(ZonedDateTime time) {
            return CronExpression.parse(cron).next(time.withZoneSameInstant(zone));
        }
    }

    public NightlyScheduler(DailyRunner runner, PipelineCatalog catalog, LastSuccessGauges gauges) {
        this.runner = runner;
        this.catalog = catalog;
        this.gauges = gauges;
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("nightly-");
        // a run in progress at shutdown is left to finish for a while, never interrupted (that can harm H2);
        // if the process is stopped before it ends, the next run of the date resumes it
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(30);
    }

    public synchronized void start(List<Nightly> nights) {
        scheduler.initialize();
        for (Nightly n : nights) {
            scheduler.schedule(() -> runNight(n), new CronTrigger(n.cron(), n.zone()));
            scheduled.add(n);
        }
    }

    public synchronized List<Nightly> scheduled() {
        return List.copyOf(scheduled);
    }

    void runNight(Nightly n) {
        LocalDate date = LocalDate.now(n.zone()).minusDays(1);
        try {
            // watch files and lexicons edited since the last night are read again
            catalog.reload();
            RunOutcome outcome = runner.run(n.watch(), date);
            log.info("{} {}: {}{}", n.watch(), date, outcome.status(),
                    outcome.failureText() == null ? "" : ": " + outcome.failureText());
        } catch (RunBusyException e) {
            log.info("{} {}: not run here: {}", n.watch(), date, e.getMessage());
        } catch (Exception e) {
            log.error("{} {}: the run could not start: {}", n.watch(), date, e.getMessage());
        } finally {
            gauges.refresh();
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
