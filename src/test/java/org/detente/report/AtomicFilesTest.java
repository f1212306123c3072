package org.detente.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFileAndCreatesMissingParentFolders() throws IOException {
        Path target = dir.resolve("a/b/report.csv");

        AtomicFiles.write(target, out -> out.write("hello".getBytes(UTF_8)));

        assertThat(target).hasContent("hello");
    }

    @Test
    void replacesPreviousContent() throws IOException {
        Path target = dir.resolve("report.csv");
        Files.writeString(target, "old and longer");

        AtomicFiles.write(target, out -> out.write("new".getBytes(UTF_8)));

        assertThat(target).hasContent("new");
    }

    @Test
    void writerThatFailsMidwayLeavesPreviousContentAndNoTempFile() throws IOException {
        Path target = dir.resolve("report.csv");
        Files.writeString(target, "previous");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half a fi".getBytes(UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(target).hasContent("previous");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void uncheckedFailureAlsoLeavesNoTempFileAndNoTarget() throws IOException {
        Path target = dir.resolve("new.csv");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void writerMayCloseTheStreamItWasGiven() throws IOException {
        Path target = dir.resolve("closed.txt");

        AtomicFiles.write(target, out -> {
            out.write("done".getBytes(UTF_8));
            out.close();
        });

        assertThat(target).hasContent("done");
    }

    private static java.util.List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
