package org.detente.cli;

import java.util.ArrayList;
import java.util.List;
import org.detente.batch.NightlyScheduler.Nightly;
import org.detente.watch.Watch;
import org.springframework.scheduling.support.CronExpression;

/** The nightly schedule of each watch, from its {@code schedule.cron} setting, checked with file:line errors. */
final class Schedules {

    static final String CRON = "schedule.cron";

    private Schedules() {
    }

    static List<Nightly> of(List<Watch> watches) {
        List<Nightly> nights = new ArrayList<>();
        for (Watch w : watches) {
            nights.add(new Nightly(w.id(), check(w), w.timezone()));
        }
        return nights;
    }

    /** The watch's cron expression, or a {@link UserInputException} naming where it was set and what is wrong. */
    static String check(Watch watch) {
        String cron = watch.settings().string(CRON);
        try {
            CronExpression.parse(cron);
            return cron;
        } catch (IllegalArgumentException e) {
            throw new UserInputException(watch.settings().origin(CRON) + ": setting '" + CRON + "' is not a valid "
                    + "cron expression: '" + cron + "' (" + e.getMessage() + "; six fields are expected: second "
                    + "minute hour day-of-month month day-of-week, e.g. '0 30 2 * * *')");
        }
    }
}
