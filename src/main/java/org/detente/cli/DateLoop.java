package org.detente.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.detente.batch.PipelineMetrics;
import org.springframework.context.ConfigurableApplicationContext;

/** The walk over the dates of a command, with progress per date and the run's meters summed up at the end. */
final class DateLoop {

    /** One date's work; reports the date on the reporter and says whether it completed. */
    @FunctionalInterface
    interface PerDate {
        boolean run(LocalDate date, RunReporter reporter) throws Exception;
    }

    private DateLoop() {
    }

    /** Runs every date in order, a failed one not stopping the next; returns how many did not complete. */
    static int over(List<LocalDate> dates, PrintWriter out, ConfigurableApplicationContext context, PerDate perDate)
            throws Exception {
        RunReporter reporter = new RunReporter(out, dates.size(), Terminal.isInteractive());
        int failed = 0;
        for (LocalDate date : dates) {
            failed += perDate.run(date, reporter) ? 0 : 1;
        }
        reporter.summary(context.getBean(PipelineMetrics.class).registry());
        return failed;
    }
}
