package org.detente.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.detente.batch.DailyRunner;
import org.detente.batch.NotRunYetException;
import org.detente.batch.RunOutcome;
import org.detente.watch.Watch;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code detente rescore}: after a lexicon change, signals, indicators and reports again from stored articles. */
@Command(name = "rescore", mixinStandardHelpOptions = true,
        description = "Score the stored articles of a date or range again with the watch's current lexicon and "
                + "rewrite its signals, indicators and reports. Nothing is collected or extracted.")
class RescoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WatchDates target;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws Exception {
        Watch watch = target.watch(options);
        List<LocalDate> dates = target.dates(watch);
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Application.start(options.springProperties(), options.dbWait(),
                false)) {
            DailyRunner runner = context.getBean(DailyRunner.class);
            int failed = DateLoop.over(dates, out, context, (date, reporter) -> {
                try {
                    RunOutcome outcome = runner.rescore(watch.id(), date);
                    reporter.dateDone(outcome);
                    return outcome.completed();
                } catch (NotRunYetException e) {
                    reporter.dateSkipped(watch.id(), date, e.getMessage());
                    return false;
                }
            });
            if (failed > 0) {
                spec.commandLine().getErr().println("detente: " + failed + " of " + dates.size()
                        + " rescore(s) failed or had nothing to rescore; see the lines above");
                return DetenteCli.RUN_FAILED;
            }
            return 0;
        }
    }
}
