package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractCommandTest {

    private static final Path PAGES = Path.of("src/test/resources/pages");
    private static final String SEED = PAGES.resolve("mubasher-2022-02-14-still-a-chance/page.html").toString();
    private static final String NPR = PAGES.resolve("npr-2023-10-17-plumbers-substitute-teachers/page.html").toString();

    private record Result(int exitCode, List<JsonNode> lines, String err) {
    }

    private static Result extract(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "extract";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = DetenteCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), all);
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return new Result(code, lines, err.toString());
    }

    @Test
    void printsOneJsonObjectPerFileInInputOrderWithTextAndMetadata() throws IOException {
        Result result = extract(NPR, SEED);

        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).extracting(n -> n.get("file").asText()).containsExactly(NPR, SEED);
        JsonNode seed = result.lines().get(1);
        assertThat(seed.get("title").asText()).startsWith("There is still a chance to reach an agreement");
        assertThat(seed.get("published").asText()).isEqualTo("2022-02-14T11:20:00+02:00");
        assertThat(seed.get("language").asText()).isEqualTo("en");
        assertThat(seed.get("text").asText()).contains("Russia").doesNotContain("Follow our live updates");
        assertThat(seed.get("sources").get("published").asText()).isEqualTo("json-ld:datePublished");
        assertThat(result.lines().get(0).get("published").asText()).isEqualTo("2023-10-17T18:01:33-04:00");
        assertThat(seed.get("entries")).hasSize(5);
        assertThat(seed.get("entries").get(0).get("time").asText()).isEqualTo("2022-02-14T13:05:00+02:00");
        assertThat(seed.get("text").asText()).contains(seed.get("entries").get(0).get("text").asText());
        assertThat(result.lines().get(0).get("entries")).as("an article that is not a live blog").isEmpty();
    }

    @Test
    void aFileThatCannotBeReadGetsAnErrorObjectAndALineOnStandardErrorAndTheOthersAreStillRead() throws IOException {
        Result result = extract("no-such-page.html", SEED);

        assertThat(result.exitCode()).isEqualTo(DetenteCli.RUN_FAILED);
        assertThat(result.lines()).hasSize(2);
        assertThat(result.lines().get(0).get("error").asText()).isEqualTo("no such file");
        assertThat(result.lines().get(1).get("text").asText()).isNotBlank();
        assertThat(result.err()).isEqualTo("detente: no-such-page.html: no such file" + System.lineSeparator());
    }

    @Test
    void theUrlOptionStandsInForAMissingCanonicalUrlAndDatesTheUndatedByItsPath() throws IOException {
        Path page = Path.of("target", "extract-command-test.html");
        java.nio.file.Files.writeString(page, "<html><body><p>Negotiators met again on Friday in Vienna.</p></body>"
                + "</html>");

        JsonNode line = extract(page.toString(), "--url", "https://news.example/2024/03/08/talks").lines().get(0);

        assertThat(line.get("url").asText()).isEqualTo("https://news.example/2024/03/08/talks");
        assertThat(line.get("published").asText()).isEqualTo("2024-03-08T00:00:00Z");
        assertThat(line.get("sources").get("published").asText()).isEqualTo("url-path");
        assertThat(line.get("sources").get("canonical").asText()).isEqualTo("address");
    }

    @Test
    void readsGzippedPagesAndReportsPagesPerSecondWhenAskedToTime() throws IOException {
        Path gz = Path.of("target", "extract-command-test.html.gz");
        try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(gz))) {
            out.write(java.nio.file.Files.readAllBytes(Path.of(SEED)));
        }

        Result result = extract("--timing", gz.toString());

        assertThat(result.lines().get(0).get("title").asText()).startsWith("There is still a chance");
        assertThat(result.err()).matches("detente: 1 pages in [0-9.]+ s since JVM start: [0-9.]+ pages/s\\R");
    }
}
