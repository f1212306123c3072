package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input and faults around a run: one clear line, and nothing lost or half-written. */
class FaultTest {

    @TempDir
    Path work;

    @Test
    void aWatchFileThatCannotBeReadIsNamedInOneLine() throws IOException {
        CliRun cli = new CliRun(work);
        Path file = cli.jobs.resolve("watches/demo.yaml");
        Files.delete(file);
        Files.createDirectory(file);

        CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

        assertThat(result.exitCode()).isEqualTo(DetenteCli.BAD_INPUT);
        assertThat(result.err()).contains("watches/demo.yaml: not a regular file").hasLineCount(1);
    }

    @Test
    void aWatchFileThatIsNotUtf8IsNamedInOneLine() throws IOException {
        CliRun cli = new CliRun(work);
        Path file = cli.jobs.resolve("watches/demo.yaml");
        byte[] text = Files.readAllBytes(file);
        byte[] broken = java.util.Arrays.copyOf(text, text.length + 2);
        broken[text.length] = (byte) 0xC3;
        broken[text.length + 1] = (byte) 0x28;
        Files.write(file, broken);

        CliRun.Result result = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

        assertThat(result.exitCode()).isEqualTo(DetenteCli.BAD_INPUT);
        assertThat(result.err()).contains("watches/demo.yaml").hasLineCount(1);
    }

    /**
     * The reports folder on a tiny file system (a tmpfs mounted for the test, so it needs root, as CI has) that is
     * nearly full: the report step fails, no report file is half-written, and once there is room the next run
     * resumes at the report step and writes what a clean run writes.
     */
    @Test
    void aDiskThatFillsWhileWritingReportsLeavesNoHalfFileAndTheRunResumes() throws Exception {
        CliRun cli = new CliRun(work.resolve("full"));
        CliRun clean = new CliRun(work.resolve("clean"));
        assertThat(clean.run("run", "--watch", "demo", "--date", "2022-02-14").exitCode()).isZero();
        Files.createDirectories(cli.reports);
        command("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", cli.reports.toString());
        try {
            Path filler = cli.reports.resolve("filler");
            fill(filler, 250 * 1024);

            CliRun.Result full = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            assertThat(full.exitCode()).isEqualTo(DetenteCli.RUN_FAILED);
            assertThat(full.out()).contains("FAILED").contains("No space left on device");
            assertThat(filesUnder(cli.reports)).allSatisfy(p -> assertThat(p.getFileName().toString())
                    .as("no temp file left").doesNotEndWith(".tmp"));
            Files.delete(filler);

            CliRun.Result resumed = cli.run("run", "--watch", "demo", "--date", "2022-02-14");

            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            assertThat(resumed.out()).contains("COMPLETED (resumed)");
            for (String csv : List.of("articles.csv", "signals.csv", "failures.csv")) {
                assertThat(cli.day("demo", "2022-02-14").resolve(csv))
                        .hasSameBinaryContentAs(clean.day("demo", "2022-02-14").resolve(csv));
            }
        } finally {
            command("umount", cli.reports.toString());
        }
    }

    private static void fill(Path file, int bytes) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            out.write(new byte[bytes]);
        } catch (IOException e) {
            // the file system is full: that is the point
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static void command(String... args) throws Exception {
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s said: %s (this test mounts a small tmpfs and needs root, as CI has)",
                String.join(" ", args), out).isZero();
    }
}
