package org.detente.batch;

import io.micrometer.core.instrument.Gauge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.detente.DetenteProperties;
import org.detente.watch.Watch;
import org.detente.watch.WatchException;
import org.detente.watch.WatchLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Per watch, the date of its newest completed daily run as a gauge (seconds since the epoch at the start of that
 * date, UTC): {@code time() - detente_last_success_date_seconds > 2 * 86400} is an alert that nights are missing.
 * The value comes from the job repository, so it is right after a restart too; it is read at most once a minute.
 */
@Component
public class LastSuccessGauges {

    public static final String LAST_SUCCESS = "detente.last.success.date";
    private static final Logger log = LoggerFactory.getLogger(LastSuccessGauges.class);
    private static final Duration FRESH = Duration.ofMinutes(1);

    private final RunHistory history;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(double value, Instant at) {
    }

    public LastSuccessGauges(RunHistory history, PipelineMetrics metrics, DetenteProperties properties) {
        this.history = history;
        try {
            for (Watch watch : new WatchLoader(properties.jobsDir()).loadAll()) {
                register(metrics, watch.id());
            }
        } catch (WatchException e) {
            // the command that needs the watches reports this; the gauges only skip what cannot be loaded
            log.debug("no last-success gauges: {}", e.getMessage());
        }
    }

    private void register(PipelineMetrics metrics, String watch) {
        Gauge.builder(LAST_SUCCESS, () -> value(watch))
                .description("Start of the date of the newest completed daily run of the watch")
                .baseUnit("seconds").tag("watch", watch).register(metrics.registry());
    }

    /** Forgets the cached values, so the next read sees a run that just ended. */
    public void refresh() {
        cache.clear();
    }

    private double value(String watch) {
        Instant now = clock.instant();
        Cached c = cache.get(watch);
        if (c == null || Duration.between(c.at(), now).compareTo(FRESH) > 0) {
            double v = history.lastSuccess(watch)
                    .map(d -> (double) d.atStartOfDay(ZoneOffset.UTC).toEpochSecond()).orElse(Double.NaN);
            c = new Cached(v, now);
            cache.put(watch, c);
        }
        return c.value();
    }
}
