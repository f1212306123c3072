package org.detente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A watch with enough pages for one date that its chunk steps run for a while: the demo pages of 2022-02-14, each
 * saved under many names, as a news site's syndicated copies would be.
 */
final class BulkWatch {

    static final String ID = "bulk";
    static final String DATE = "2022-02-14";

    private BulkWatch() {
    }

    /** Adds the watch to a copied jobs folder and returns the number of pages it has. */
    static int addTo(Path jobs, int copies) throws IOException {
        Path pages = jobs.resolve("bulk/pages");
        Files.createDirectories(pages);
        List<Path> day;
        try (Stream<Path> files = Files.list(jobs.resolve("demo/pages"))) {
            day = files.filter(p -> p.getFileName().toString().contains(DATE)).sorted().toList();
        }
        for (int i = 0; i < copies; i++) {
            for (Path page : day) {
                Files.copy(page, pages.resolve(String.format("copy%03d-%s", i, page.getFileName())));
            }
        }
        Files.writeString(jobs.resolve("watches/bulk.yaml"), """
                id: bulk
                title: Many copies of one day's pages
                timezone: Europe/Kyiv
                lexicon: default
                sources:
                  - type: folder
                    path: bulk/pages
                """);
        return copies * day.size();
    }
}
