package org.detente.cli;

import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.detente.batch.NightlyScheduler;
import org.detente.batch.NightlyScheduler.Nightly;
import org.detente.score.LexiconException;
import org.detente.score.LexiconLoader;
import org.detente.watch.Watch;
import org.detente.watch.WatchException;
import org.detente.watch.WatchLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code detente serve}: runs every watch nightly on its schedule until stopped, with health and Prometheus
 * endpoints for monitoring.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run every watch's daily job nightly for the day before, on its schedule.cron (jobs/defaults"
                + ".yaml, default 02:30 in the watch's time zone), until stopped. Serves /actuator/health and "
                + "/actuator/prometheus on --port.")
class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port of the health and metrics endpoints (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--watch", paramLabel = "WATCH", description = "Schedule only these watches (default: all).")
    List<String> watchIds;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws InterruptedException {
        List<Nightly> nights = Schedules.of(watches());
        Map<String, Object> props = new LinkedHashMap<>(options.springProperties());
        props.put("server.port", port);
        props.put("management.endpoints.web.exposure.include", "health,prometheus");
        props.put("spring.main.web-application-type", "servlet");
        PrintWriter out = spec.commandLine().getOut();
        ConfigurableApplicationContext context = Application.start(props, options.dbWait(), true);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        NightlyScheduler scheduler = context.getBean(NightlyScheduler.class);
        scheduler.start(nights);
        out.println("detente serve: health and metrics on port " + port + " (/actuator/health, /actuator/prometheus)");
        ZonedDateTime now = ZonedDateTime.now();
        for (Nightly n : nights) {
            out.println("  " + n.watch() + ": '" + n.cron() + "' in " + n.zone() + ", next at " + n.nextAfter(now));
        }
        out.flush();
        // the JVM's shutdown hook (SIGTERM, Ctrl-C) closes the context; then serve returns
        closed.await();
        return 0;
    }

    private List<Watch> watches() {
        try {
            WatchLoader loader = new WatchLoader(options.jobsDir());
            List<Watch> watches = watchIds == null ? loader.loadAll() : watchIds.stream().map(loader::load).toList();
            if (watches.isEmpty()) {
                throw new UserInputException("no watches to serve under " + options.jobsDir().resolve("watches"));
            }
            for (Watch w : watches) {
                LexiconLoader.load(loader.lexiconFile(w.lexicon()));
            }
            return watches;
        } catch (WatchException | LexiconException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
