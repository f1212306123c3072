package org.detente.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.detente.DetenteProperties;
import org.detente.aggregate.TrendSettings;
import org.detente.score.Lexicon;
import org.detente.score.LexiconLoader;
import org.detente.score.SignalScorer;
import org.detente.watch.Watch;
import org.detente.watch.WatchLoader;
import org.springframework.stereotype.Component;

/** Loads each watch and its lexicon once per process, so every step of a run reads the same configuration. */
@Component
public class PipelineCatalog {

    private final WatchLoader watches;
    private final Map<String, Watch> watchCache = new ConcurrentHashMap<>();
    private final Map<String, Lexicon> lexiconCache = new ConcurrentHashMap<>();

    public PipelineCatalog(DetenteProperties properties) {
        this.watches = new WatchLoader(properties.jobsDir());
    }

    public Watch watch(String id) {
        return watchCache.computeIfAbsent(id, watches::load);
    }

    public Lexicon lexicon(Watch watch) {
        return lexiconCache.computeIfAbsent(watch.lexicon(), name -> LexiconLoader.load(watches.lexiconFile(name)));
    }

    /** The watch's smoothing, baseline and trend settings, checked when the run starts. */
    public TrendSettings trendSettings(Watch watch) {
        return TrendSettings.from(watch.settings());
    }

    /** Forgets what was loaded, so that the next run reads the watch files and lexicons as they are now. */
    public void reload() {
        watchCache.clear();
        lexiconCache.clear();
    }

    /** A new scorer each call: scorers keep per-thread state and a step owns its own. */
    public SignalScorer scorer(Watch watch) {
        return new SignalScorer(lexicon(watch));
    }
}
