package org.detente.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.detente.archive.RunLockRepository;
import org.detente.archive.RunLockRepository.Holder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One run per watch and date at a time, across every process that shares the database. A holder refreshes its
 * lock's heartbeat while it runs; a lock is taken over when its heartbeat is older than {@link #STALE_AFTER}, or at
 * once when its holder was a process on this host that no longer exists (killed, crashed).
 */
@Component
public class RunLocks implements DisposableBean {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(RunLocks.class);

    private final RunLockRepository locks;
    private final Clock clock;
    private final String host = hostName();
    // one daemon thread; it is shut down without interrupts, since interrupting a JDBC write can harm H2
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "run-lock-heartbeat");
        t.setDaemon(true);
        return t;
    });

    @Autowired
    public RunLocks(RunLockRepository locks) {
        this(locks, Clock.systemUTC());
    }

    RunLocks(RunLockRepository locks, Clock clock) {
        this.locks = locks;
        this.clock = clock;
    }

    /** The lock of a watch and date, held until closed. */
    public final class Held implements AutoCloseable {
        private final String watch;
        private final LocalDate date;
        private final String owner;
        private final ScheduledFuture<?> beat;

        private Held(String watch, LocalDate date, String owner) {
            this.watch = watch;
            this.date = date;
            this.owner = owner;
            long every = HEARTBEAT.toMillis();
            this.beat = beats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        }

        private void beat() {
            try {
                if (!locks.heartbeat(watch, date, owner, now())) {
                    log.warn("the lock of {} {} was taken over by another process", watch, date);
                }
            } catch (RuntimeException e) {
                log.warn("could not refresh the lock of {} {}: {}", watch, date, e.getMessage());
            }
        }

        @Override
        public void close() {
            beat.cancel(false);
            locks.delete(watch, date, owner);
        }
    }

    /**
     * Takes the lock of a watch and date, or throws {@link RunBusyException} naming who holds it.
     */
    public Held acquire(String watch, LocalDate date) {
        String owner = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (locks.insert(watch, date, owner, now())) {
                return new Held(watch, date, owner);
            }
            Optional<Holder> holder = locks.holder(watch, date);
            if (holder.isEmpty()) {
                continue; // released between our insert and our look
            }
            String staleBecause = staleBecause(holder.get());
            if (staleBecause == null) {
                throw new RunBusyException(watch + " " + date + " is being run by " + holder.get().owner()
                        + " since " + holder.get().acquiredAt().truncatedTo(ChronoUnit.SECONDS)
                        + "; not starting a second run");
            }
            if (locks.deleteIfUnchanged(watch, date, holder.get())) {
                log.info("took over the lock of {} {} from {}: {}", watch, date, holder.get().owner(), staleBecause);
            }
        }
        throw new RunBusyException(watch + " " + date + ": could not take its run lock (another process keeps "
                + "taking it)");
    }

    /** Why a lock may be taken over, or null while its holder may still be running. */
    String staleBecause(Holder holder) {
        Duration silent = Duration.between(holder.heartbeatAt(), now());
        if (silent.compareTo(STALE_AFTER) > 0) {
            return "no heartbeat for " + silent.toSeconds() + " s";
        }
        String[] parts = holder.owner().split("/");
        if (parts.length == 3 && parts[0].equals(host)) {
            try {
                long pid = Long.parseLong(parts[1]);
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
                    return "its process " + pid + " on this host is gone";
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private Instant now() {
        // stored with microseconds on both databases; millis compare equal after a round trip
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    @Override
    public void destroy() {
        beats.shutdown();
    }
}
