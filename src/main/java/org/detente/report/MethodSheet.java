package org.detente.report;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.detente.aggregate.TrendSettings;

/**
 * Explains in plain words what every column and number means and where the file came from, so a
 * reader can interpret the workbook without the code or the people who wrote it.
 */
final class MethodSheet {

    static final String NAME = "Method";

    private static final List<List<String>> TERMS = List.of(
            List.of("Signal", "A sentence in which a lexicon rule found words that move a crisis toward"
                    + " escalation or de-escalation. One sentence can give several signals."),
            List.of("Intensity", "Strength of a signal from −10 to +10 after modifiers. Negative escalates,"
                    + " positive de-escalates (the sign convention of the Goldstein scale)."),
            List.of("Direction", "escalation or de-escalation; follows the sign of the intensity."),
            List.of("Category", "The lexicon category of the rule, e.g. military-posture. 'total' is all"
                    + " categories together."),
            List.of("Modifiers", "Context that changed a signal, e.g. hedged or future; several are joined with ;"),
            List.of("Evidence", "The words the rule matched, inside the sentence."),
            List.of("Rule", "Id of the lexicon rule that fired."),
            List.of("Story id", "Articles reporting the same story share an id; each story counts once."),
            List.of("Escalation / de-escalation signals", "How many signals of each direction were found."),
            List.of("Escalation intensity", "Sum of |intensity| of the escalation signals, each story counted once."),
            List.of("De-escalation intensity", "Sum of the intensity of the de-escalation signals, each story"
                    + " counted once."),
            List.of("Net index", "(de-escalation intensity − escalation intensity) / (de-escalation intensity"
                    + " + escalation intensity). +1 means all de-escalation, −1 all escalation, 0 balanced."
                    + " Empty when there is no signal: a gap, not a zero. A ratio, so a busy news day with many"
                    + " articles does not read as a crisis by volume alone."),
            List.of("Per article", "Escalation and de-escalation intensity divided by the articles read that day"
                    + " (indicators.csv): how strong the day's coverage was, whatever its volume."),
            List.of("Change vs yesterday", "Net index minus the previous calendar day's; empty when either day is a"
                    + " gap."),
            List.of("7-day smoothed", "Mean of the daily net indices of the smoothing window ending with the date"
                    + " (see the settings above); each day with signals weighs the same, gaps are left out."),
            List.of("7-day trend", "↑ improved, ↓ deteriorated or → unchanged: the 7-day smoothed index against its"
                    + " value 7 days earlier; a change smaller than the trend threshold reads unchanged. Empty (or"
                    + " 'no trend yet') when either value is unknown."),
            List.of("z-score", "(net index − mean of the baseline days) / their standard deviation (at least the"
                    + " minimum spread). The baseline is the days with signals before the date. Below −2 reads"
                    + " unusually escalatory, above +2 unusually de-escalatory. Empty without enough baseline days."),
            List.of("Balance of the day", "more de-escalation (net index above 0), more escalation (below 0),"
                    + " balanced, or no signals: the sign of one day, without the history."),
            List.of("Trend sheet", "The net index of the last 90 days: the 7-day smoothed total, the daily total"
                    + " and each category, with a line chart over the dates. Gaps are days without signals."),
            List.of("History", "Every value of a date is computed from that date's and earlier dates' stored"
                    + " signals only, so reruns and backfills give the same history."),
            List.of("Top sentences", "The five signals of each direction with the largest |intensity|; ties"
                    + " keep the order of the Signals sheet."),
            List.of("Colours", "Net index and smoothed cells shade from red (−1) through white (0) to green (+1);"
                    + " change from −2 to +2, z-score from −3 to +3."),
            List.of("Published", "Date and time as the outlet published it, in the outlet's own UTC offset"
                    + " (not converted to one time zone). The CSV files keep the offset."),
            List.of("Article", "Link to the article. Only http and https addresses are clickable."),
            List.of("Failures", "Pages or sources that could not be fetched or read (stage) and why (reason)."),
            List.of("Text from the web", "Shown as found, except: text starting with =, +, -, @, tab or carriage"
                    + " return gets an apostrophe (') in front so it can never run as a formula; control"
                    + " characters are removed; text over 32,767 characters (Excel's cell limit) is cut and"
                    + " ends with [cut]."));

    private final WorkbookStyles styles;

    MethodSheet(WorkbookStyles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, DayReport report) {
        SheetCells cells = new SheetCells(sheet, styles);
        cells.widths(34, 100, 30);
        cells.header(cells.row(0), List.of("Item", "Meaning"));
        int index = 1;
        index = fact(cells, index, "Watch id", report.watch());
        index = fact(cells, index, "Watch", report.watchTitle());
        Row date = cells.row(index++);
        cells.text(date, 0, "Report date");
        cells.date(date, 1, report.date());
        index = fact(cells, index, "Lexicon version", report.lexiconVersion());
        TrendSettings t = report.trendSettings();
        index = setting(cells, index, "Smoothing window (days)", t.smoothingDays(), "aggregate.smoothing-days");
        index = setting(cells, index, "Baseline (days before the date)", t.baselineDays(), "aggregate.baseline-days");
        index = setting(cells, index, "Baseline, fewest days with signals", t.baselineMinDays(),
                "aggregate.baseline-min-days");
        index = setting(cells, index, "Baseline, minimum spread", t.baselineMinSpread(),
                "aggregate.baseline-min-spread");
        index = setting(cells, index, "Trend threshold", t.trendThreshold(), "aggregate.trend-threshold");
        Row generated = cells.row(index++);
        cells.text(generated, 0, "Generated at (UTC)");
        cells.dateTime(generated, 1, report.generatedAt() == null ? null
                : LocalDateTime.ofInstant(report.generatedAt(), ZoneOffset.UTC));
        index++;
        for (List<String> term : TERMS) {
            Row row = cells.row(index++);
            cells.text(row, 0, term.get(0), styles.bold);
            cells.text(row, 1, term.get(1), styles.wrapped);
        }
    }

    /** A threshold as a number, with the setting of jobs/defaults.yaml that changes it. */
    private int setting(SheetCells cells, int index, String item, double value, String key) {
        Row row = cells.row(index);
        cells.text(row, 0, item);
        cells.number(row, 1, value, styles.setting);
        cells.text(row, 2, key);
        return index + 1;
    }

    private static int fact(SheetCells cells, int index, String item, String value) {
        Row row = cells.row(index);
        cells.text(row, 0, item);
        cells.text(row, 1, value);
        return index + 1;
    }
}
