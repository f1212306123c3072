package org.detente.cli;

import java.time.LocalDate;
import java.util.List;
import org.detente.aggregate.TrendSettings;
import org.detente.score.LexiconException;
import org.detente.score.LexiconLoader;
import org.detente.watch.Watch;
import org.detente.watch.WatchException;
import org.detente.watch.WatchLoader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options of the commands that work on a watch's dates: {@code --watch} and {@code --date} or a range. */
class WatchDates {

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

    Watch watch(PipelineOptions options) {
        return loadWatch(options, watchId);
    }

    /** The dates asked for, read in the watch's time zone. */
    List<LocalDate> dates(Watch watch) {
        if (when.date != null) {
            return List.of(RunDates.parse("--date", when.date, watch.timezone()));
        }
        return RunDates.range(RunDates.parse("--from", when.range.from, watch.timezone()),
                RunDates.parse("--to", when.range.to, watch.timezone()));
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
}
