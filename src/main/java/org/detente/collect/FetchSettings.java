package org.detente.collect;

import java.time.Duration;
import org.detente.watch.Settings;

/**
 * The fetcher's limits, read from the {@code fetch} section of {@code jobs/defaults.yaml} with the watch's overrides.
 * The comments there say why each default is what it is.
 */
public record FetchSettings(String userAgent, Duration perHostDelay, int responseTimeFactor, Duration maxHostDelay,
                            int parallelHosts, Duration connectTimeout, Duration readTimeout, Duration requestTimeout,
                            long maxBodyBytes, int maxRedirects, int retries, Duration retryBackoff,
                            Duration maxRetryAfter, int maxHostFailures, long robotsMaxBytes, Duration robotsCache,
                            boolean allowPrivateNetworks, int maxSitemaps) {

    public static FetchSettings from(Settings s) {
        return new FetchSettings(
                s.string("fetch.user-agent") + " (+" + s.string("fetch.contact-url") + ")",
                s.duration("fetch.per-host-delay"), s.integer("fetch.response-time-factor"),
                s.duration("fetch.max-host-delay"), s.integer("fetch.parallel-hosts"),
                s.duration("fetch.connect-timeout"), s.duration("fetch.read-timeout"),
                s.duration("fetch.request-timeout"), s.bytes("fetch.max-body-size"), s.integer("fetch.max-redirects"),
                s.integer("fetch.retries"), s.duration("fetch.retry-backoff"), s.duration("fetch.max-retry-after"),
                s.integer("fetch.max-host-failures"), s.bytes("fetch.robots-max-size"),
                s.duration("fetch.robots-cache"), s.bool("fetch.allow-private-networks"),
                s.integer("fetch.max-sitemaps"));
    }
}
