package org.detente.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.detente.batch.DailyRunner;
import org.detente.batch.RunOutcome;
import org.detente.watch.Watch;
import org.springframework.context.ConfigurableApplicationContext;
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

    @Mixin
    WatchDates target;

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
        Watch watch = target.watch(options);
        List<LocalDate> dates = target.dates(watch);
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

    private ConfigurableApplicationContext startApplication() {
        return Application.start(options.springProperties(), options.dbWait(), false);
    }
}
