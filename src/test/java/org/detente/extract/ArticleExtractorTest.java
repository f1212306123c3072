package org.detente.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final Path SEED = Path.of("src/test/resources/pages/mubasher-2022-02-14-still-a-chance");
    private final ArticleExtractor extractor = new ArticleExtractor(ZoneId.of("Europe/Kyiv"));

    @Nested
    class TheSeedLiveBlogPage {

        private final Article article = extract();

        private Article extract() {
            try {
                return extractor.extract(Files.readAllBytes(SEED.resolve("page.html")), "file:demo/pages/seed.html");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void yieldsExactlyTheArticleParagraphs() throws IOException {
            String expected = Files.readString(SEED.resolve("expected.txt"), StandardCharsets.UTF_8).strip();

            assertThat(article.text()).isEqualTo(expected);
        }

        @Test
        void leavesOutTheCookieBannerLivePromptMenusAndRelatedLinks() {
            assertThat(article.text())
                    .doesNotContainIgnoringCase("cookies")
                    .doesNotContain("Follow our live updates")
                    .doesNotContain("Subscribe")
                    .doesNotContain("Related");
        }

        @Test
        void readsTitlePublicationTimeOutletLanguageAndCanonicalUrl() {
            assertThat(article.title()).isEqualTo(
                    "There is still a chance to reach an agreement with the West on security issues, says Russia");
            assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2022-02-14T11:20:00+02:00"));
            assertThat(article.outlet()).isEqualTo("Mubasher");
            assertThat(article.language()).isEqualTo("en");
            assertThat(article.url()).startsWith("https://english.mubasher.info/");
        }
    }

    @Nested
    class PublicationDates {

        @Test
        void jsonLdComesBeforeMetaTags() {
            String html = page("<script type=\"application/ld+json\">{\"datePublished\": \"2022-02-15T08:00:00Z\"}"
                    + "</script><meta property=\"article:published_time\" content=\"2022-02-16T08:00:00Z\">", "");

            assertThat(extract(html).published()).isEqualTo(OffsetDateTime.parse("2022-02-15T08:00:00Z"));
        }

        @Test
        void aTimeElementIsEnoughWhenThereIsNoMetadata() {
            String html = page("", "<time datetime=\"2022-02-16T15:20:00+01:00\">16 Feb</time>");

            assertThat(extract(html).published()).isEqualTo(OffsetDateTime.parse("2022-02-16T15:20:00+01:00"));
        }

        @Test
        void aTimeWithoutOffsetIsReadInTheWatchTimeZone() {
            String html = page("<meta property=\"article:published_time\" content=\"2022-02-14T23:40:00\">", "");

            assertThat(extract(html).published()).isEqualTo(OffsetDateTime.parse("2022-02-14T23:40:00+02:00"));
        }

        @Test
        void aPageWithoutAnyDateIsRefusedWithAReason() {
            assertThatThrownBy(() -> extract(page("", ""))).isInstanceOf(ExtractionException.class)
                    .hasMessageContaining("no publication date");
        }
    }

    @Test
    void aPageWithoutArticleTextIsRefusedWithAReason() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2022-02-14T10:00:00Z\">"
                + "</head><body><nav><a href=\"/\">Home</a></nav><script>var x = 1;</script></body></html>";

        assertThatThrownBy(() -> extract(html)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("no article text");
    }

    @Test
    void theTitleLosesTheSiteNameSuffix() {
        String html = "<html><head><title>Sanctions imposed on banks | Danube Post</title>"
                + "<meta property=\"og:site_name\" content=\"Danube Post\">"
                + "<meta property=\"article:published_time\" content=\"2022-02-22T10:00:00Z\"></head>"
                + "<body><p>The European Union imposed sanctions on Russian banks on Tuesday.</p></body></html>";

        Article article = extract(html);

        assertThat(article.title()).isEqualTo("Sanctions imposed on banks");
        assertThat(article.outlet()).isEqualTo("Danube Post");
        assertThat(article.language()).isEqualTo("und");
    }

    private Article extract(String html) {
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "https://example.org/news/1");
    }

    private static String page(String head, String body) {
        return "<html lang=\"en-GB\"><head><title>Talks continue</title>" + head + "</head><body><article>" + body
                + "<p>Diplomats said talks between the two sides would continue next week in Geneva.</p>"
                + "<p>Both delegations described the first round as constructive.</p></article></body></html>";
    }
}
