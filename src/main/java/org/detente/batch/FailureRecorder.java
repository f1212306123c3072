package org.detente.batch;

import java.time.LocalDate;
import org.detente.archive.FailureRepository;
import org.springframework.batch.core.listener.SkipListener;

/** Records every skipped item as a failure of the day, so a broken page is listed, never silently dropped. */
class FailureRecorder implements SkipListener<Object, Object> {

    private final FailureRepository failures;
    private final PipelineMetrics metrics;
    private final String watch;
    private final LocalDate date;
    private final String stage;

    FailureRecorder(FailureRepository failures, PipelineMetrics metrics, String watch, LocalDate date, String stage) {
        this.failures = failures;
        this.metrics = metrics;
        this.watch = watch;
        this.date = date;
        this.stage = stage;
    }

    @Override
    public void onSkipInProcess(Object item, Throwable t) {
        String url = t instanceof SkippedItemException s ? s.url() : String.valueOf(item);
        failures.record(watch, date, url, stage, t.getMessage());
        metrics.failed(watch, stage, t.getMessage());
    }
}
