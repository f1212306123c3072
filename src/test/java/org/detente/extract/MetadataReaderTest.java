package org.detente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private final MetadataReader reader = new MetadataReader(ZoneId.of("Europe/Kyiv"));

    private PageMetadata read(String head, String body, String url) {
        return reader.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", url), url);
    }

    @Nested
    class PublicationTime {

        @Test
        void jsonLdInAGraphIsFoundAndNamedAsTheSource() {
            PageMetadata meta = read("<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\"},"
                    + "{\"@type\": \"NewsArticle\", \"datePublished\": \"2022-02-15T08:00:00+0100\"}]}</script>",
                    "", "https://example.org/a");

            assertThat(meta.published()).get().isEqualTo(
                    new Sourced<>(OffsetDateTime.parse("2022-02-15T08:00:00+01:00"), "json-ld:datePublished"));
        }

        @Test
        void aDateKeptOnlyInTheApplicationStateOfAScriptIsReadWithItsKey() {
            PageMetadata meta = read("", "<script>window.__STATE__={\"slug\":\"talks\",\"publishDate\":\"not yet\","
                    + "\"first_publication_date\":\"2022-02-15T08:00:00+0000\"}</script>", "https://example.org/a");

            assertThat(meta.published()).get().isEqualTo(
                    new Sourced<>(OffsetDateTime.parse("2022-02-15T08:00:00Z"), "script:first_publication_date"));
        }

        @Test
        void aScriptDateInsideAJsonStringWithEscapedQuotesIsReadToo() {
            PageMetadata meta = read("", "<script>self.__next_f.push([1,\"{\\\"publishedAt\\\":\\\"2022-02-16\\\"}\"])"
                    + "</script>", "https://example.org/a");

            assertThat(meta.published()).get().isEqualTo(
                    new Sourced<>(OffsetDateTime.parse("2022-02-16T00:00:00+02:00"), "script:publishedAt"));
        }

        @Test
        void aDateStatedInTheMetaTagsWinsOverOneInAScript() {
            PageMetadata meta = read("<meta property='article:published_time' content='2022-02-16T09:30:00Z'>",
                    "<script>var s={\"publishDate\":\"2021-01-01\"}</script>", "https://example.org/a");

            assertThat(meta.published()).get().isEqualTo(
                    new Sourced<>(OffsetDateTime.parse("2022-02-16T09:30:00Z"), "meta:article:published_time"));
        }

        @Test
        void aBrokenJsonLdBlockIsPassedOverForTheMetaTag() {
            PageMetadata meta = read("<script type='application/ld+json'>{broken</script>"
                    + "<meta property='article:published_time' content='2022-02-16 09:30:00'>", "",
                    "https://example.org/a");

            assertThat(meta.published()).get().isEqualTo(
                    new Sourced<>(OffsetDateTime.parse("2022-02-16T09:30:00+02:00"), "meta:article:published_time"));
        }

        @Test
        void theUrlPathDatesAPageWithoutMetadataAndAShownDateComesLast() {
            assertThat(read("", "", "https://example.org/2022/02/17/story").published()).get()
                    .extracting(Sourced::source).isEqualTo("url-path");
            assertThat(read("", "<span class='post-date'>Feb 18, 2022</span>", "https://example.org/story")
                    .published()).get().isEqualTo(
                    new Sourced<>(OffsetDateTime.parse("2022-02-18T00:00:00+02:00"), "visible-date"));
        }
    }

    @Test
    void theTitleIsTheArticleHeadlineWithoutTheSiteName() {
        PageMetadata meta = read("<title>Ceasefire holds | Danube Post</title>"
                + "<meta property='og:title' content='Ceasefire holds - Danube Post'>"
                + "<meta property='og:site_name' content='Danube Post'>", "", "https://example.org/a");

        assertThat(meta.title()).isEqualTo(new Sourced<>("Ceasefire holds", "meta:og:title"));
        assertThat(meta.siteName()).isEqualTo(new Sourced<>("Danube Post", "meta:og:site_name"));
        assertThat(read("<meta property='og:title' content='Other'>", "<article><h1>Ceasefire holds</h1></article>",
                "https://example.org/a").title()).isEqualTo(new Sourced<>("Ceasefire holds", "h1"));
    }

    @Test
    void authorLanguageCanonicalAndSiteNameSayWhereTheyCameFrom() {
        PageMetadata meta = read("<meta name='author' content='By Olena Kovalenko'>"
                + "<meta property='og:locale' content='uk_UA'><meta property='og:url' content='https://example.org/c'>",
                "", "https://www.example.org/a?utm=x");

        assertThat(meta.author()).isEqualTo(new Sourced<>("Olena Kovalenko", "meta:author"));
        assertThat(meta.language()).isEqualTo(new Sourced<>("uk", "meta:og:locale"));
        assertThat(meta.canonical()).isEqualTo(new Sourced<>("https://example.org/c", "meta:og:url"));
        assertThat(meta.siteName()).isEqualTo(new Sourced<>("example.org", "url-host"));
        assertThat(meta.sources()).containsEntry("published", "none").containsKeys("title", "author", "site_name");
    }

    @Test
    void jsonLdAuthorsAreJoinedAndEntitiesDecoded() {
        PageMetadata meta = read("<script type='application/ld+json'>{\"@type\": \"Article\", \"author\": ["
                + "{\"@type\": \"Person\", \"name\": \"Maria &amp; Katerina\"}, \"Ivan Petrenko\"]}</script>", "",
                "https://example.org/a");

        assertThat(meta.author()).isEqualTo(new Sourced<>("Maria & Katerina, Ivan Petrenko", "json-ld:author"));
    }
}
