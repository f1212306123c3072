package org.detente.batch;

import org.detente.archive.SignalRepository;
import org.detente.score.Signal;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Replaces each article's stored signals with the new ones, stamped with the lexicon version. */
class SignalWriter implements ItemWriter<ScoredItem> {

    private final SignalRepository signals;
    private final String lexiconVersion;
    private final PipelineMetrics metrics;

    SignalWriter(SignalRepository signals, String lexiconVersion, PipelineMetrics metrics) {
        this.signals = signals;
        this.lexiconVersion = lexiconVersion;
        this.metrics = metrics;
    }

    @Override
    public void write(Chunk<? extends ScoredItem> chunk) {
        for (ScoredItem item : chunk) {
            signals.replace(item.article(), item.signals(), lexiconVersion);
            for (Signal s : item.signals()) {
                metrics.signalsFound(item.article().watch(), s.category(), 1);
            }
        }
    }
}
