package org.detente.watch;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A validated watch: one crisis followed day by day, read from {@code jobs/watches/<id>.yaml}.
 *
 * @param id       the watch id, equal to the file name without {@code .yaml}
 * @param title    a human-readable title for reports
 * @param timezone the zone whose calendar days the indicators are counted in
 * @param lexicon  the lexicon name; its file is {@link WatchLoader#lexiconFile(String)}
 * @param sources  the sources, in file order, never empty when loaded by {@link WatchLoader}
 * @param file     the watch file, as the jobs directory given to the loader resolves it
 * @param settings {@code jobs/defaults.yaml} with the sections this watch overrides
 */
public record Watch(String id, String title, ZoneId timezone, String lexicon, List<SourceSpec> sources, Path file,
                    Settings settings) {

    public Watch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(lexicon, "lexicon");
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(settings, "settings");
    }
}
