package org.detente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveBlogReaderTest {

    private static final Path SEED = Path.of("src/test/resources/pages/mubasher-2022-02-14-still-a-chance/page.html");
    private static final String PROSE = "Officials said the talks in Geneva would continue through the week as planned. ";

    private final ArticleExtractor extractor = new ArticleExtractor(ZoneId.of("Europe/Kyiv"));

    private ExtractedPage read(String html) {
        return extractor.read(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "https://example.org/live");
    }

    private static String page(String published, String body) {
        return "<html><head><meta property='article:published_time' content='" + published + "'></head><body>"
                + "<article>" + body + "</article></body></html>";
    }

    @Test
    void keepsEachEntryOfTheSeedLiveBlogWithItsTimeAndItsParagraphs() throws IOException {
        ExtractedPage page = extractor.read(Files.readAllBytes(SEED), "file:demo/pages/seed.html");

        assertThat(page.entries()).extracting(LiveEntry::time).containsExactly(
                OffsetDateTime.parse("2022-02-14T13:05+02:00"), OffsetDateTime.parse("2022-02-14T12:37+02:00"),
                OffsetDateTime.parse("2022-02-14T12:15+02:00"), OffsetDateTime.parse("2022-02-14T11:41+02:00"),
                OffsetDateTime.parse("2022-02-14T11:20+02:00"));
        assertThat(page.entries().get(1).text()).startsWith("Ukraine hails ‘positive’ defense talks with Belarus\n");
        assertThat(page.entries().get(2).text()).contains("terminate insurance on its planes");
        for (LiveEntry entry : page.entries()) {
            assertThat(page.text()).contains(entry.text());
            assertThat(entry.text()).doesNotContain("13:05", "12:37", "Follow our live updates");
        }
    }

    @Test
    void readsBareClockStampsOnThePublicationDayInThePagesOffset() {
        String entries = "<div class='liveblog'>"
                + "<div class='post'><span>1:05 pm</span><p>" + PROSE + "</p></div>"
                + "<div class='post'><span>09:40</span><p>Ships were seen leaving the port before dawn today.</p></div>"
                + "</div>";

        List<LiveEntry> found = read(page("2022-02-14T08:00:00+02:00", entries)).entries();

        assertThat(found).extracting(LiveEntry::time).containsExactly(
                OffsetDateTime.parse("2022-02-14T13:05+02:00"), OffsetDateTime.parse("2022-02-14T09:40+02:00"));
        assertThat(found).extracting(LiveEntry::text)
                .containsExactly(PROSE.strip(), "Ships were seen leaving the port before dawn today.");
    }

    @Test
    void takesTheEntriesFromTheJsonLdWhenTheMarkupDoesNotDateThem() {
        String jsonLd = "<script type='application/ld+json'>{\"@type\": \"LiveBlogPosting\", \"liveBlogUpdate\": ["
                + "{\"@type\": \"BlogPosting\", \"datePublished\": \"2022-02-14T12:15:00+02:00\", \"headline\": \"Insurers\","
                + " \"articleBody\": \"Ukraine Airlines said insurers   terminated cover for flights in its airspace.\"},"
                + "{\"@type\": \"BlogPosting\", \"datePublished\": \"2022-02-14T11:41:00+02:00\","
                + " \"articleBody\": \"A submarine was spotted in Russian waters, the ministry said.\"}]}</script>";
        String html = "<html><head>" + jsonLd + "<meta property='article:published_time' content='2022-02-14T08:00:00"
                + "+02:00'></head><body><article><div class='post'><p>Ukraine Airlines said insurers terminated cover "
                + "for flights in its airspace.</p></div><div class='post'><p>A submarine was spotted in Russian "
                + "waters, the ministry said.</p></div></article></body></html>";

        List<LiveEntry> found = read(html).entries();

        assertThat(found).extracting(LiveEntry::time).containsExactly(
                OffsetDateTime.parse("2022-02-14T12:15+02:00"), OffsetDateTime.parse("2022-02-14T11:41+02:00"));
        assertThat(found).extracting(LiveEntry::text).containsExactly(
                "Ukraine Airlines said insurers terminated cover for flights in its airspace.",
                "A submarine was spotted in Russian waters, the ministry said.");
    }

    @Test
    void doesNotTakeDatedCommentsForLiveEntries() {
        String comments = "<p>" + PROSE.repeat(6) + "</p><ol class='comment-list'>"
                + "<li><time datetime='2022-02-14T10:00:00Z'>10:00</time><p>I do not believe a word of this.</p></li>"
                + "<li><time datetime='2022-02-14T11:00:00Z'>11:00</time><p>Nor do I, frankly, not one word.</p></li>"
                + "</ol>";

        assertThat(read(page("2022-02-14T08:00:00Z", comments)).entries()).isEmpty();
    }

    @Test
    void doesNotTakeABylinesPublishedAndUpdatedTimesForEntries() {
        String byline = "<div class='live-meta'><time datetime='2022-02-14T08:00:00Z'>8:00</time> "
                + "<time datetime='2022-02-14T09:00:00Z'>9:00</time></div><p>" + PROSE.repeat(4) + "</p>";

        assertThat(read(page("2022-02-14T08:00:00Z", byline)).entries()).isEmpty();
    }

    @Test
    void anOrdinaryArticleHasNoEntries() {
        assertThat(read(page("2022-02-14T08:00:00Z", "<p>" + PROSE.repeat(5) + "</p>")).entries()).isEmpty();
    }
}
