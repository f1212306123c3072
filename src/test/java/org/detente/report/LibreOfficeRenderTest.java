package org.detente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook as a second spreadsheet program sees it: LibreOffice converts it headless to PDF, and poppler turns
 * the pages into text and pixels. Needs {@code soffice} (Debian's libreoffice-calc-nogui) and {@code pdftoppm} /
 * {@code pdftotext} (poppler-utils), which {@code .ci/run} installs when they are missing.
 */
class LibreOfficeRenderTest {

    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void convert() throws IOException, InterruptedException {
        Path xlsx = dir.resolve("detente-ukraine-2022-02-14.xlsx");
        new WorkbookWriter().write(Reports.fallingWeeks(), xlsx);
        // A profile of its own, so a desktop LibreOffice or another conversion running at the same time does not
        // lock this one out.
        String profile = dir.resolve("profile").toUri().toString();
        Result result = run(dir, "soffice", "-env:UserInstallation=" + profile, "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString());
        assertThat(result.exitCode()).as("soffice: " + result.output()).isZero();
        pdf = dir.resolve("detente-ukraine-2022-02-14.pdf");
    }

    @Test
    void convertsToAPdfWithoutError() throws IOException {
        assertThat(pdf).isRegularFile();
        byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void summaryPageShowsTheHeadlineTrendAndTopSentences() throws IOException, InterruptedException {
        Result text = run(dir, "pdftotext", "-f", "1", "-l", "1", "-layout", pdf.toString(), "-");
        assertThat(text.exitCode()).as(text.output()).isZero();
        assertThat(text.output()).contains("Russia–Ukraine border", "2022-02-14", "↓ deteriorated",
                "unusually escalatory", "Top escalation sentences", "Troops, tanks");
    }

    @Test
    void signalLinksShowTheirAddressAsTheFormulaResult() throws IOException, InterruptedException {
        Result text = run(dir, "pdftotext", "-layout", pdf.toString(), "-");
        assertThat(text.exitCode()).as(text.output()).isZero();
        assertThat(text.output()).contains("https://news.example/a", "https://wire.example/b");
    }

    @Test
    void trendChartIsDrawnWithItsSmoothedTotalLine() throws IOException, InterruptedException {
        Result pages = run(dir, "pdftoppm", "-r", "100", "-png", pdf.toString(), dir.resolve("page").toString());
        assertThat(pages.exitCode()).as(pages.output()).isZero();
        long lineColoured = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path png : files.filter(p -> p.getFileName().toString().matches("page-\\d+\\.png")).toList()) {
                lineColoured += pixelsNear(ImageIO.read(png.toFile()), TrendSheet.SMOOTHED_RGB);
            }
        }
        // The legend's sample of the line alone gives a few dozen such pixels at 100 dpi; four weeks of the line
        // drawn across the chart give well over a thousand.
        assertThat(lineColoured).as("pixels in the colour of the smoothed total line").isGreaterThan(400);
    }

    /** Pixels within a small distance of the colour, allowing for anti-aliasing at the line's edges. */
    private static long pixelsNear(BufferedImage image, byte[] rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int distance = Math.abs(((p >> 16) & 0xFF) - (rgb[0] & 0xFF))
                        + Math.abs(((p >> 8) & 0xFF) - (rgb[1] & 0xFF)) + Math.abs((p & 0xFF) - (rgb[2] & 0xFF));
                if (distance <= 45) {
                    count++;
                }
            }
        }
        return count;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path workDir, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        Process process;
        try {
            process = new ProcessBuilder(args).directory(workDir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed: the render tests need libreoffice-calc-nogui "
                    + "and poppler-utils (.ci/run installs them)", e);
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
