package org.detente.batch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Detente's own meters: what each stage took in and put out, and how long each step ran. */
@Component
public class PipelineMetrics {

    public static final String PAGES_COLLECTED = "detente.pages.collected";
    public static final String ARTICLES_EXTRACTED = "detente.articles.extracted";
    public static final String SIGNALS_FOUND = "detente.signals.found";
    public static final String ITEMS_SKIPPED = "detente.items.skipped";
    public static final String STEP_TIME = "detente.step.duration";

    private final MeterRegistry registry;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void pagesCollected(String watch, int n) {
        Counter.builder(PAGES_COLLECTED).tag("watch", watch).register(registry).increment(n);
    }

    void articlesExtracted(String watch, int n) {
        Counter.builder(ARTICLES_EXTRACTED).tag("watch", watch).register(registry).increment(n);
    }

    void signalsFound(String watch, String category, int n) {
        Counter.builder(SIGNALS_FOUND).tag("watch", watch).tag("category", category).register(registry).increment(n);
    }

    void skipped(String stage) {
        Counter.builder(ITEMS_SKIPPED).tag("stage", stage).register(registry).increment();
    }

    void stepTook(String step, Duration duration) {
        Timer.builder(STEP_TIME).tag("step", step).register(registry).record(duration);
    }

    public MeterRegistry registry() {
        return registry;
    }
}
