package org.detente.collect;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Keeps the crawler polite per host: one request at a time, and a pause after each that is the largest of the
 * per-host delay, the robots.txt crawl-delay and a multiple of the host's last response time. Also remembers hosts
 * given up for the night (too many failures in a row, a crawl-delay or Retry-After beyond the caps).
 */
final class HostGate {

    /** A request to run under the gate. */
    interface Request<T, E extends Exception> {
        T run() throws E;
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextAllowedNanos;
        long crawlDelayNanos;
        int failuresInARow;
        volatile String givenUp;
    }

    private final Map<String, Host> hosts = new ConcurrentHashMap<>();
    private final long delayNanos;
    private final int responseTimeFactor;
    private final long maxDelayNanos;
    private final int maxFailures;
    private final LongSupplier nanoClock;

    HostGate(FetchSettings settings) {
        this(settings, System::nanoTime);
    }

    HostGate(FetchSettings settings, LongSupplier nanoClock) {
        this.delayNanos = settings.perHostDelay().toNanos();
        this.responseTimeFactor = settings.responseTimeFactor();
        this.maxDelayNanos = settings.maxHostDelay().toNanos();
        this.maxFailures = settings.maxHostFailures();
        this.nanoClock = nanoClock;
    }

    /** Runs the request when the host's pause is over, holding the host so no other request overlaps it. */
    <T, E extends Exception> T run(String host, Request<T, E> request) throws E, InterruptedException {
        Host h = host(host);
        h.lock.lockInterruptibly();
        try {
            long wait = h.nextAllowedNanos - nanoClock.getAsLong();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long start = nanoClock.getAsLong();
            try {
                return request.run();
            } finally {
                long end = nanoClock.getAsLong();
                long pause = Math.max(Math.max(delayNanos, h.crawlDelayNanos), (end - start) * responseTimeFactor);
                h.nextAllowedNanos = end + Math.min(pause, maxDelayNanos);
            }
        } finally {
            h.lock.unlock();
        }
    }

    /** Makes the next request to the host wait at least this long from now (backoff, Retry-After). */
    void pushBack(String host, Duration wait) {
        Host h = host(host);
        h.lock.lock();
        try {
            h.nextAllowedNanos = Math.max(h.nextAllowedNanos, nanoClock.getAsLong() + wait.toNanos());
        } finally {
            h.lock.unlock();
        }
    }

    void crawlDelay(String host, Duration delay) {
        Host h = host(host);
        h.lock.lock();
        try {
            h.crawlDelayNanos = delay.toNanos();
        } finally {
            h.lock.unlock();
        }
    }

    /** Counts a failed fetch; the host is given up when it fails too often in a row. */
    void failed(String host, String reason) {
        Host h = host(host);
        h.lock.lock();
        try {
            if (++h.failuresInARow >= maxFailures && h.givenUp == null) {
                h.givenUp = "host dropped for the night after " + h.failuresInARow + " failures in a row (last: "
                        + reason + ")";
            }
        } finally {
            h.lock.unlock();
        }
    }

    void succeeded(String host) {
        Host h = host(host);
        h.lock.lock();
        try {
            h.failuresInARow = 0;
        } finally {
            h.lock.unlock();
        }
    }

    void giveUp(String host, String reason) {
        Host h = host(host);
        if (h.givenUp == null) {
            h.givenUp = reason;
        }
    }

    /** Why the host is given up for the night, or null. */
    String givenUp(String host) {
        return host(host).givenUp;
    }

    private Host host(String host) {
        return hosts.computeIfAbsent(host, k -> new Host());
    }
}
