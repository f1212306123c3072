package org.detente.collect;

import java.time.Duration;

/** Fetch settings for tests on loopback: short delays and timeouts, private networks allowed. */
final class TestFetchSettings {

    private TestFetchSettings() {
    }

    static FetchSettings fast() {
        return new FetchSettings("Detente/test (+https://example.org/detente-crawler)", Duration.ofMillis(5), 5,
                Duration.ofSeconds(30), 8, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5),
                10_000_000, 5, 3, Duration.ofMillis(20), Duration.ofSeconds(120), 3, 512 * 1024,
                Duration.ofHours(24), true, 50);
    }

    /** The same with another per-host delay. */
    static FetchSettings withDelay(FetchSettings s, Duration delay) {
        return new FetchSettings(s.userAgent(), delay, s.responseTimeFactor(), s.maxHostDelay(), s.parallelHosts(),
                s.connectTimeout(), s.readTimeout(), s.requestTimeout(), s.maxBodyBytes(), s.maxRedirects(),
                s.retries(), s.retryBackoff(), s.maxRetryAfter(), s.maxHostFailures(), s.robotsMaxBytes(),
                s.robotsCache(), s.allowPrivateNetworks(), s.maxSitemaps());
    }

    static FetchSettings withBodyCap(FetchSettings s, long cap) {
        return new FetchSettings(s.userAgent(), s.perHostDelay(), s.responseTimeFactor(), s.maxHostDelay(),
                s.parallelHosts(), s.connectTimeout(), s.readTimeout(), s.requestTimeout(), cap, s.maxRedirects(),
                s.retries(), s.retryBackoff(), s.maxRetryAfter(), s.maxHostFailures(), s.robotsMaxBytes(),
                s.robotsCache(), s.allowPrivateNetworks(), s.maxSitemaps());
    }

    static FetchSettings withTimeouts(FetchSettings s, Duration read, Duration request) {
        return new FetchSettings(s.userAgent(), s.perHostDelay(), s.responseTimeFactor(), s.maxHostDelay(),
                s.parallelHosts(), s.connectTimeout(), read, request, s.maxBodyBytes(), s.maxRedirects(),
                0, s.retryBackoff(), s.maxRetryAfter(), s.maxHostFailures(), s.robotsMaxBytes(),
                s.robotsCache(), s.allowPrivateNetworks(), s.maxSitemaps());
    }

    static FetchSettings withoutPrivateNetworks(FetchSettings s) {
        return privateNetworks(s, false);
    }

    static FetchSettings privateNetworks(FetchSettings s, boolean allowed) {
        return new FetchSettings(s.userAgent(), s.perHostDelay(), s.responseTimeFactor(), s.maxHostDelay(),
                s.parallelHosts(), s.connectTimeout(), s.readTimeout(), s.requestTimeout(), s.maxBodyBytes(),
                s.maxRedirects(), s.retries(), s.retryBackoff(), s.maxRetryAfter(), s.maxHostFailures(),
                s.robotsMaxBytes(), s.robotsCache(), allowed, s.maxSitemaps());
    }
}
