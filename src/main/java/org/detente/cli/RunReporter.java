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

/**
 * Prints one line per run date (with progress for a range) and a summary of the meters at the end. On a terminal,
 * a range also gets a progress bar with an estimate of the time left, redrawn in place under the lines; in a log
 * (not a terminal) each line carries its position and the estimate instead.
 */
final class RunReporter {

    private static final List<String> STEPS = List.of("collect", "extract", "score", "aggregate", "report");
    private static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final int total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int done;
    private boolean barShown;

    RunReporter(PrintWriter out, int total) {
        this(out, total, false);
    }

    RunReporter(PrintWriter out, int total, boolean terminal) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
    }

    void dateDone(RunOutcome o) {
        done++;
        clearBar();
        String progress = total > 1 ? String.format(Locale.ROOT, "[%d/%d] ", done, total) : "";
        String how = o.restarted() ? "resumed" : o.rerun() > 0 ? "rerun " + o.rerun() : "run";
        out.printf(Locale.ROOT, "%s%s %s: %s (%s), %s%d skipped%s%n",
                progress, o.watch(), o.date(), o.status(), how, counts(o), o.skipped(), terminal ? "" : eta());
        if (o.reportDir() != null) {
            out.println("  reports: " + o.reportDir());
        }
        if (o.failureText() != null) {
            out.println("  failed: " + o.failureText());
        }
        drawBar();
    }

    /** A date that was not run, and why. */
    void dateSkipped(String watch, java.time.LocalDate date, String why) {
        done++;
        clearBar();
        String progress = total > 1 ? String.format(Locale.ROOT, "[%d/%d] ", done, total) : "";
        out.printf(Locale.ROOT, "%s%s %s: SKIPPED, %s%s%n", progress, watch, date, why, terminal ? "" : eta());
        drawBar();
    }

    /** The counts of the steps that ran: a rescore has no collect or extract. */
    private static String counts(RunOutcome o) {
        StringBuilder s = new StringBuilder();
        append(s, o, "collect", "pages");
        append(s, o, "extract", "articles");
        append(s, o, "score", "articles scored");
        return s.toString();
    }

    private static void append(StringBuilder s, RunOutcome o, String step, String what) {
        Long n = o.counts().get(step);
        if (n != null || !o.counts().containsKey("prepare")) {
            s.append(n == null ? 0 : n).append(' ').append(what).append(", ");
        }
    }

    private String eta() {
        if (total <= 1 || done == total) {
            return "";
        }
        return ", about " + secondsLeft() + " s left";
    }

    private long secondsLeft() {
        long perDate = (System.nanoTime() - started) / done;
        return TimeUnit.NANOSECONDS.toSeconds(perDate * (total - done));
    }

    private void drawBar() {
        if (!terminal || total <= 1 || done == total) {
            return;
        }
        int filled = BAR_WIDTH * done / total;
        out.printf(Locale.ROOT, "\r[%s%s] %d/%d dates, %d%%, about %d s left", "#".repeat(filled),
                "-".repeat(BAR_WIDTH - filled), done, total, 100 * done / total, secondsLeft());
        out.flush();
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            out.print("\r\033[2K");
            barShown = false;
        }
    }

    void summary(MeterRegistry registry) {
        clearBar();
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
