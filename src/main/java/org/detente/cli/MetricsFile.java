package org.detente.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.detente.report.AtomicFiles;

/**
 * The meters of a one-shot run in Prometheus text format, for node_exporter's textfile collector: only Detente's
 * own families (the JVM of a finished command says nothing worth keeping), written atomically as the collector
 * requires, so it never reads a half-written file.
 */
final class MetricsFile {

    private static final String PREFIX = "detente_";

    private MetricsFile() {
    }

    static void write(PrometheusMeterRegistry registry, Path file) throws IOException {
        String text = detenteOnly(registry.scrape());
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String detenteOnly(String exposition) {
        List<String> kept = new ArrayList<>();
        for (String line : exposition.split("\n")) {
            String name = line.startsWith("# HELP ") || line.startsWith("# TYPE ") ? line.substring(7) : line;
            if (name.startsWith(PREFIX)) {
                kept.add(line);
            }
        }
        return kept.isEmpty() ? "" : String.join("\n", kept) + "\n";
    }
}
