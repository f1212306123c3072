package org.detente.cli;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.detente.batch.PipelineMetrics;
import org.detente.batch.RunOutcome;

/** Prints one line per run date (with progress for a range) and a summary of the meters at the end. */
final class RunReporter {

    private static final List<String> STEPS = List.of("collect", "extract", "score", "aggregate", "report");

    private final PrintWriter out;
    private final int total;
    private final long started = System.nanoTime();
    private int done;

    RunReporter(PrintWriter out, int total) {
        this.out = out;
        this.total = total;
    }

    void dateDone(RunOutcome o) {
        done++;
        String progress = total > 1 ? String.format(Locale.ROOT, "[%d/%d] ", done, total) : "";
        String how = o.restarted() ? "resumed" : o.rerun() > 0 ? "rerun " + o.rerun() : "run";
        out.printf(Locale.ROOT, "%s%s %s: %s (%s), %d pages, %d articles, %d articles scored, %d skipped%s%n",
                progress, o.watch(), o.date(), o.status(), how, o.counts().getOrDefault("collect", 0L),
                o.counts().getOrDefault("extract", 0L), o.counts().getOrDefault("score", 0L), o.skipped(),
                eta());
        if (o.reportDir() != null) {
            out.println("  reports: " + o.reportDir());
        }
        if (o.failureText() != null) {
            out.println("  failed: " + o.failureText());
        }
    }

    private String eta() {
        if (total <= 1 || done == total) {
            return "";
        }
        long perDate = (System.nanoTime() - started) / done;
        return String.format(Locale.ROOT, ", about %d s left", TimeUnit.NANOSECONDS.toSeconds(perDate * (total - done)));
    }

    void summary(MeterRegistry registry) {
        out.printf(Locale.ROOT, "summary: %d pages collected, %d articles extracted, %d signals found, %d items skipped%n",
                count(registry, PipelineMetrics.PAGES_COLLECTED), count(registry, PipelineMetrics.ARTICLES_EXTRACTED),
                count(registry, PipelineMetrics.SIGNALS_FOUND), count(registry, PipelineMetrics.ITEMS_SKIPPED));
        StringBuilder steps = new StringBuilder("step times:");
        for (String step : STEPS) {
            Timer t = registry.find(PipelineMetrics.STEP_TIME).tag("step", step).timer();
            if (t != null) {
                steps.append(String.format(Locale.ROOT, " %s %.2f s", step, t.totalTime(TimeUnit.SECONDS)));
            }
        }
        out.println(steps);
        out.printf(Locale.ROOT, "wall time: %.1f s%n", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
    }

    private static long count(MeterRegistry registry, String name) {
        return Math.round(registry.find(name).counters().stream().mapToDouble(Counter::count).sum());
    }
}
