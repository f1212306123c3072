package org.detente.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.detente.aggregate.TrendSettings;
import org.detente.batch.DailyRunner;
import org.detente.batch.RunOutcome;
import org.detente.score.LexiconException;
import org.detente.score.LexiconLoader;
import org.detente.watch.Watch;
import org.detente.watch.WatchException;
import org.detente.watch.WatchLoader;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code detente run}: the daily job of a watch for one date or a range of dates. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the daily job of a watch: collect, extract, score, aggregate, report.%n"
                + "A date already run is run again and its results replaced; a failed run is resumed.")
class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--watch", required = true, paramLabel = "WATCH", description = "Watch id (jobs/watches/WATCH.yaml).")
    String watchId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    When when;

    static class When {
        @Option(names = "--date", required = true, paramLabel = "DATE",
                description = "Run date: YYYY-MM-DD, today or yesterday (in the watch's time zone).")
        String date;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static class Range {
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First date of a range.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last date of a range.")
        String to;
    }

    @Mixin
    PipelineOptions options;

    @Option(names = "--refetch", description = "Fetch the web sources again, even for a date whose web archive "
            + "already holds them (without it a rerun reads the archive and does not touch the network).")
    boolean refetch;

    @Option(names = "--metrics-file", paramLabel = "FILE",
            description = "Also write the run's meters in Prometheus text format to FILE (for node_exporter's "
                    + "textfile collector), replaced atomically.")
    java.nio.file.Path metricsFile;

    @Override
    public Integer call() throws Exception {
        Watch watch = loadWatch(options, watchId);
        List<LocalDate> dates = dates(when, watch);
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = startApplication()) {
            DailyRunner runner = context.getBean(DailyRunner.class);
            int failed = DateLoop.over(dates, out, context, (date, reporter) -> {
                RunOutcome outcome = runner.run(watch.id(), date, refetch);
                reporter.dateDone(outcome);
                return outcome.completed();
            });
            if (metricsFile != null) {
                MetricsFile.write(context.getBean(io.micrometer.prometheusmetrics.PrometheusMeterRegistry.class),
                        Home.resolve(metricsFile.toString()));
            }
            if (failed > 0) {
                spec.commandLine().getErr().println("detente: " + failed + " of " + dates.size()
                        + " run(s) failed; see the lines above and 'failures.csv'");
                return DetenteCli.RUN_FAILED;
            }
            return 0;
        }
    }

    /** Loads and checks the watch and its lexicon before the application starts, for fast one-line errors. */
    static Watch loadWatch(PipelineOptions options, String watchId) {
        try {
            WatchLoader loader = new WatchLoader(options.jobsDir());
            Watch watch = loader.load(watchId);
            LexiconLoader.load(loader.lexiconFile(watch.lexicon()));
            Schedules.check(watch);
            TrendSettings.from(watch.settings());
            return watch;
        } catch (WatchException | LexiconException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    static List<LocalDate> dates(When when, Watch watch) {
        if (when.date != null) {
            return List.of(RunDates.parse("--date", when.date, watch.timezone()));
        }
        return RunDates.range(RunDates.parse("--from", when.range.from, watch.timezone()),
                RunDates.parse("--to", when.range.to, watch.timezone()));
    }

    private ConfigurableApplicationContext startApplication() {
        return Application.start(options.springProperties(), options.dbWait(), false);
    }
}
