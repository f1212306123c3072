package org.detente.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The run dates a command names: one date, or a range of dates, checked before anything runs. */
final class RunDates {

    private RunDates() {
    }

    /** Parses {@code YYYY-MM-DD}, {@code today} or {@code yesterday} (in the watch's time zone). */
    static LocalDate parse(String option, String value, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        LocalDate date = switch (value) {
            case "today" -> today;
            case "yesterday" -> today.minusDays(1);
            default -> {
                try {
                    yield LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new UserInputException("bad date for " + option + ": '" + value
                            + "' (expected YYYY-MM-DD, today or yesterday)");
                }
            }
        };
        if (date.isAfter(today)) {
            throw new UserInputException("date " + date + " given for " + option + " is in the future");
        }
        return date;
    }

    static List<LocalDate> range(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new UserInputException("date range reversed: --from " + from + " is after --to " + to);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            dates.add(d);
        }
        return dates;
    }
}
