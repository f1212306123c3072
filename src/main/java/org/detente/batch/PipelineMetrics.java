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
    public static final String PAGES_FAILED = "detente.pages.failed";
    private static final int MAX_REASON = 60;

    private final MeterRegistry registry;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void pagesCollected(String watch, int n) {
        Counter.builder(PAGES_COLLECTED).description("Pages newly stored in the raw page archive").tag("watch", watch).register(registry).increment(n);
    }

    void articlesExtracted(String watch, int n) {
        Counter.builder(ARTICLES_EXTRACTED).description("Articles extracted from raw pages").tag("watch", watch).register(registry).increment(n);
    }

    void signalsFound(String watch, String category, int n) {
        Counter.builder(SIGNALS_FOUND).description("Escalation and de-escalation signals found, by category").tag("watch", watch).tag("category", category).register(registry).increment(n);
    }

    void skipped(String stage) {
        Counter.builder(ITEMS_SKIPPED).description("Items skipped and recorded as failures, by stage").tag("stage", stage).register(registry).increment();
    }

    /** A page skipped and recorded, counted by watch, stage and the kind of its reason. */
    void failed(String watch, String stage, String reason) {
        skipped(stage);
        Counter.builder(PAGES_FAILED).description("Pages skipped and recorded as failures, by reason")
                .tag("watch", watch).tag("stage", stage).tag("reason", reasonKind(reason))
                .register(registry).increment();
    }

    /**
     * The kind of a failure reason, fit for a metric tag: the text before any colon (details such as file names and
     * exception messages follow one), numbers replaced by '#', so that the set of values stays small.
     */
    static String reasonKind(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unknown";
        }
        String kind = reason.split(":", 2)[0].strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\d+", "#").replaceAll("[^a-z#]+", "-").replaceAll("^-|-$", "");
        return kind.isEmpty() ? "unknown" : kind.length() > MAX_REASON ? kind.substring(0, MAX_REASON) : kind;
    }

    void stepTook(String step, Duration duration) {
        Timer.builder(STEP_TIME).description("How long each step of a run took").tag("step", step).register(registry).record(duration);
    }

    public MeterRegistry registry() {
        return registry;
    }
}
