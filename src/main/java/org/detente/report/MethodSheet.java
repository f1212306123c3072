package org.detente.report;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

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
                    + " + escalation intensity). +1 means all de-escalation, −1 all escalation, 0 balanced;"
                    + " 0 also when there is no signal."),
            List.of("Trend", "↑ more de-escalation (net index above 0), ↓ more escalation (below 0),"
                    + " → balanced or no signals. It reads one day only, not a change from earlier days."),
            List.of("Top sentences", "The five signals of each direction with the largest |intensity|; ties"
                    + " keep the order of the Signals sheet."),
            List.of("Colours", "Net index cells shade from red (−1) through white (0) to green (+1)."),
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
        cells.widths(34, 100);
        cells.header(cells.row(0), List.of("Item", "Meaning"));
        int index = 1;
        index = fact(cells, index, "Watch id", report.watch());
        index = fact(cells, index, "Watch", report.watchTitle());
        Row date = cells.row(index++);
        cells.text(date, 0, "Report date");
        cells.date(date, 1, report.date());
        index = fact(cells, index, "Lexicon version", report.lexiconVersion());
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

    private static int fact(SheetCells cells, int index, String item, String value) {
        Row row = cells.row(index);
        cells.text(row, 0, item);
        cells.text(row, 1, value);
        return index + 1;
    }
}
