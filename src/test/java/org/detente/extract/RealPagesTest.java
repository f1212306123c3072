package org.detente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The main text of real news pages (under {@code src/test/resources/pages/}, each with its provenance) against their
 * reviewed expected text, with the extraction benchmark's token metric and its snippets.
 */
class RealPagesTest {

    private static final Path PAGES = Path.of("src/test/resources/pages");
    private static final double MIN_F1 = 0.9;

    static Stream<Path> benchmarkPages() throws IOException {
        return Files.list(PAGES).filter(dir -> Files.exists(dir.resolve("must-include.txt"))).sorted();
    }

    @ParameterizedTest
    @MethodSource("benchmarkPages")
    void mainTextMatchesTheReviewedTextWithTheBenchmarkMetric(Path dir) throws IOException {
        TokenScore score = TokenScore.of(text(dir), Files.readString(dir.resolve("expected.txt")));

        assertThat(score.f1()).as("token F1 of %s (P %.3f, R %.3f)", dir.getFileName(), score.precision(),
                score.recall()).isGreaterThanOrEqualTo(MIN_F1);
    }

    @ParameterizedTest
    @MethodSource("benchmarkPages")
    void mainTextHasEveryMustIncludeSnippetOfThePageAndNoMustExcludeSnippet(Path dir) throws IOException {
        String text = text(dir).toLowerCase(Locale.ROOT);
        String page = Jsoup.parse(Files.readString(dir.resolve("page.html"))).body().text().toLowerCase(Locale.ROOT);

        for (String snippet : lines(dir.resolve("must-include.txt"))) {
            if (!page.contains(snippet.toLowerCase(Locale.ROOT))) {
                continue; // the reviewers' wording differs from the page's (quotation marks), so no text could match
            }
            assertThat(text).as("must include, %s", dir.getFileName()).contains(snippet.toLowerCase(Locale.ROOT));
        }
        for (String snippet : lines(dir.resolve("must-exclude.txt"))) {
            assertThat(text).as("must exclude, %s", dir.getFileName()).doesNotContain(snippet.toLowerCase(Locale.ROOT));
        }
    }

    private static String text(Path dir) throws IOException {
        String html = Files.readString(dir.resolve("page.html"), StandardCharsets.UTF_8);
        return new MainTextExtractor().text(Jsoup.parse(html, "https://example.org/"));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
    }
}
