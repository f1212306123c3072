package org.detente.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.detente.archive.DayCountRepository;
import org.detente.archive.DayCountRepository.DayCounts;
import org.detente.batch.RunHistory;
import org.detente.batch.RunHistory.Run;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code detente status}: the recent runs per watch and date, with their state, counts and failures. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "List the recent runs per watch and date: state, attempts, articles, signals, failures.")
class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String ROW = "%-16s %-10s %-7s %-9s %5s %5s %8s %8s %8s  %-19s %8s%n";

    @Spec
    CommandSpec spec;

    @Option(names = "--watch", paramLabel = "WATCH", description = "Only this watch (default: every watch).")
    String watch;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "14",
            description = "Dates shown per watch, newest first (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        if (watch != null) {
            WatchDates.loadWatch(options, watch);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Application.start(options.springProperties(), options.dbWait(),
                false)) {
            List<Run> runs = context.getBean(RunHistory.class).latest(watch);
            DayCountRepository counts = context.getBean(DayCountRepository.class);
            if (runs.isEmpty()) {
                out.println("no runs yet" + (watch == null ? "" : " of " + watch));
                return 0;
            }
            out.printf(Locale.ROOT, ROW, "WATCH", "DATE", "JOB", "STATE", "RERUN", "TRIES", "ARTICLES", "SIGNALS",
                    "FAILURES", "STARTED (UTC)", "TOOK");
            String current = null;
            int shown = 0;
            for (Run r : runs) {
                shown = r.watch().equals(current) ? shown + 1 : 1;
                current = r.watch();
                if (shown <= limit) {
                    print(out, r, counts.counts(r.watch(), r.date()));
                }
            }
            return 0;
        }
    }

    private static void print(PrintWriter out, Run r, DayCounts c) {
        String took = r.started() == null || r.ended() == null ? "-"
                : String.format(Locale.ROOT, "%.1f s", Duration.between(r.started(), r.ended()).toMillis() / 1000.0);
        out.printf(Locale.ROOT, ROW, r.watch(), r.date(), r.job(), r.status(), r.rerun(), r.attempts(), c.articles(),
                c.signals(), c.failures(), r.started() == null ? "-" : TIME.format(r.started()), took);
        if (!r.completed() && !r.exitMessage().isEmpty()) {
            out.println("  failed: " + r.exitMessage());
        }
    }
}
