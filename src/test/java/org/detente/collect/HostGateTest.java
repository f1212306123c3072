package org.detente.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The pause after a request to a host: the largest of the delay, the crawl-delay and 5 times the response time. */
class HostGateTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final HostGate gate = new HostGate(TestFetchSettings.withDelay(TestFetchSettings.fast(),
            Duration.ofMillis(100)), now::get);

    private long pauseAfterRequestTaking(long millis) throws Exception {
        gate.run("h", () -> {
            now.addAndGet(millis * 1_000_000);
            return null;
        });
        long end = now.get();
        // the next request may start once the pause is over: measure by asking with a clock that does not move
        long before = System.nanoTime();
        now.set(end);
        gate.run("h", () -> null);
        return (System.nanoTime() - before) / 1_000_000;
    }

    @Test
    void aFastHostWaitsThePerHostDelay() throws Exception {
        assertThat(pauseAfterRequestTaking(1)).isBetween(95L, 400L);
    }

    @Test
    void aSlowHostWaitsFiveTimesItsResponseTime() throws Exception {
        assertThat(pauseAfterRequestTaking(120)).isGreaterThanOrEqualTo(595L);
    }

    @Test
    void theCrawlDelayWinsWhenLarger() throws Exception {
        gate.crawlDelay("h", Duration.ofMillis(700));

        assertThat(pauseAfterRequestTaking(1)).isGreaterThanOrEqualTo(695L);
    }

    @Test
    void otherHostsDoNotWait() throws Exception {
        gate.run("h", () -> null);
        long before = System.nanoTime();
        gate.run("other", () -> null);

        assertThat((System.nanoTime() - before) / 1_000_000).isLessThan(90L);
    }
}
