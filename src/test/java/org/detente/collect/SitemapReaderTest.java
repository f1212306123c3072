package org.detente.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sitemaps and sitemap indexes read with crawler-commons, news publication dates first. */
class SitemapReaderTest {

    private static final String BASE = "https://wire.example";

    private static byte[] fixture(String name) {
        return WebFixtures.text(name, Map.of("base", BASE)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anIndexNamesItsChildSitemapsNewestFirst() throws Exception {
        SitemapReader.Result r = SitemapReader.read(fixture("sitemap-index.xml"), "application/xml",
                BASE + "/sitemap-index.xml");

        assertThat(r.links()).isEmpty();
        assertThat(r.sitemaps()).extracting(SitemapReader.Child::url).containsExactly(
                BASE + "/sitemaps/news-2022-02-14.xml", BASE + "/sitemaps/news-2021-12.xml");
        assertThat(r.sitemaps().get(0).lastModified()).isEqualTo(Instant.parse("2022-02-14T20:00:00Z"));
    }

    @Test
    void aNewsSitemapDatesItsUrlsByPublicationDateElseLastmod() throws Exception {
        SitemapReader.Result r = SitemapReader.read(fixture("news-sitemap.xml"), "application/xml",
                BASE + "/sitemaps/news-2022-02-14.xml");

        assertThat(r.links()).hasSize(3);
        assertThat(r.links().get(0).published()).isEqualTo(Instant.parse("2022-02-14T12:20:00Z"));
        assertThat(r.links().get(0).title()).isEqualTo("US shifts embassy operations to Lviv");
        assertThat(r.links().get(1).published()).isEqualTo(Instant.parse("2022-02-14T12:02:00Z"));
    }

    @Test
    void aSitemapWithADoctypeIsNotExpanded() {
        byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + BASE + "/&x;</loc>"
                + "</url></urlset>").getBytes(StandardCharsets.UTF_8);

        try {
            SitemapReader.Result r = SitemapReader.read(hostile, "application/xml", BASE + "/s.xml");
            assertThat(r.links()).noneSatisfy(l -> assertThat(l.url()).contains("root:"));
        } catch (FeedReader.FeedReadException e) {
            assertThat(e.getMessage()).startsWith("not a readable sitemap").doesNotContain("root:");
        }
    }

    @Test
    void htmlIsNotASitemap() {
        assertThrows(FeedReader.FeedReadException.class, () -> SitemapReader.read(
                "<html><body>x</body></html>".getBytes(), "text/html", BASE + "/s.xml"));
    }
}
