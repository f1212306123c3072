package org.detente.collect;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The robots.txt rules of each origin (scheme, host and port), fetched once and kept for the cache time. Follows
 * RFC 9309: a 4xx robots.txt allows everything, a 5xx or an unreachable one disallows everything (for the night),
 * and only the first {@code robots-max-size} bytes of a huge file are read.
 */
final class RobotsCache {

    /** How robots.txt was fetched: its body on success, else the status (0 when unreachable, then why). */
    record Robots(int status, byte[] body, String contentType, String error) {

        Robots(int status, byte[] body, String contentType) {
            this(status, body, contentType, null);
        }
    }

    /** Fetches the robots.txt of an origin. */
    interface Loader {
        Robots load(String robotsUrl) throws InterruptedException;
    }

    /** The rules and, when they disallow everything because of an error, why. */
    record Rules(BaseRobotRules rules, String unavailable) {
    }

    private record Entry(Rules rules, long loadedNanos) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final String agentName;
    private final long ttlNanos;
    private final LongSupplier nanoClock;

    RobotsCache(String userAgent, Duration ttl) {
        this(userAgent, ttl, System::nanoTime);
    }

    RobotsCache(String userAgent, Duration ttl, LongSupplier nanoClock) {
        // robots.txt groups name the product token, "detente", not the whole user-agent string
        this.agentName = userAgent.split("[/ ]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    Rules rules(String origin, Loader loader) throws InterruptedException {
        Entry e = cache.get(origin);
        if (e != null && nanoClock.getAsLong() - e.loadedNanos < ttlNanos) {
            return e.rules;
        }
        synchronized (this) {
            e = cache.get(origin);
            if (e == null || nanoClock.getAsLong() - e.loadedNanos >= ttlNanos) {
                e = new Entry(parse(origin + "/robots.txt", loader.load(origin + "/robots.txt")), nanoClock.getAsLong());
                cache.put(origin, e);
            }
            return e.rules;
        }
    }

    private Rules parse(String url, Robots robots) {
        // no crawl-delay cap in the parser (it would silently disallow all): the fetcher judges the delay itself
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
        if (robots.status() >= 200 && robots.status() < 300) {
            return new Rules(parser.parseContent(url, robots.body(), robots.contentType(), List.of(agentName)), null);
        }
        if (robots.status() >= 400 && robots.status() < 500) {
            return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null);
        }
        String why = robots.status() == 0 ? "robots.txt unreachable (" + robots.error() + ")"
                : "robots.txt answered HTTP " + robots.status();
        return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                why + ": the host is treated as disallowed for the night (RFC 9309)");
    }
}
