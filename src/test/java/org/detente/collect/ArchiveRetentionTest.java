package org.detente.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveRetentionTest {

    @TempDir
    Path root;

    @BeforeEach
    void archiveOfThreeDaysAcrossAYearEnd() throws IOException {
        for (String file : List.of("w/2021/2021-12-31-001.warc.gz", "w/2022/2022-01-01-001.warc.gz",
                "w/2022/2022-01-01-002.warc.gz", "w/2022/2022-01-02-001.warc.gz", "w/2022/notes.txt",
                "other/2021/2021-12-31-001.warc.gz")) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), file);
        }
    }

    @Test
    void deletesTheWatchsDaysBeforeTheWindowOfTheRunDateAndNothingElse() throws IOException {
        List<Path> deleted = new ArchiveRetention(root, 2).prune("w", LocalDate.parse("2022-01-02"));

        assertThat(deleted).extracting(p -> root.relativize(p).toString().replace('\\', '/'))
                .containsExactly("w/2021/2021-12-31-001.warc.gz");
        assertThat(files()).containsExactly("other/2021/2021-12-31-001.warc.gz", "w/2022/2022-01-01-001.warc.gz",
                "w/2022/2022-01-01-002.warc.gz", "w/2022/2022-01-02-001.warc.gz", "w/2022/notes.txt");
        assertThat(root.resolve("w/2021")).as("an emptied year folder goes too").doesNotExist();
    }

    @Test
    void aWindowOfOneDayKeepsOnlyTheRunDate() throws IOException {
        new ArchiveRetention(root, 1).prune("w", LocalDate.parse("2022-01-02"));

        assertThat(files()).containsExactly("other/2021/2021-12-31-001.warc.gz", "w/2022/2022-01-02-001.warc.gz",
                "w/2022/notes.txt");
    }

    @Test
    void aBackfillOfAnOldDateDeletesNothingThatLaterDatesKept() throws IOException {
        List<Path> deleted = new ArchiveRetention(root, 1).prune("w", LocalDate.parse("2021-12-31"));

        assertThat(deleted).isEmpty();
        assertThat(files()).hasSize(6);
    }

    @Test
    void zeroKeepsEverythingForEver() throws IOException {
        ArchiveRetention forever = new ArchiveRetention(root, 0);

        assertThat(forever.prune("w", LocalDate.parse("2030-01-01"))).isEmpty();
        assertThat(forever.firstKept(LocalDate.parse("2030-01-01"))).isEmpty();
        assertThat(files()).hasSize(6);
    }

    @Test
    void aNegativeWindowIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new ArchiveRetention(root, -1))
                .hasMessageContaining("archive.retention-days").hasMessageContaining("-1");
    }

    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
