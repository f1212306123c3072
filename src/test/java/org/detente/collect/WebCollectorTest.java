package org.detente.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.detente.watch.SourceSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web sources of a day: what is taken, what is recorded. */
class WebCollectorTest {

    private static final LocalDate DATE = LocalDate.of(2022, 2, 14);

    @TempDir
    Path archive;

    private LocalWeb web;

    @BeforeEach
    void start() throws IOException {
        web = new LocalWeb();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private WebCollector.Result collect(SourceSpec... sources) throws Exception {
        try (ArchivingFetcher fetcher = new ArchivingFetcher(TestFetchSettings.fast(), archive, "w", DATE, false,
                url -> null, Clock.systemUTC())) {
            return new WebCollector(fetcher, ZoneId.of("Europe/Kyiv"), (bytes, url) -> Optional.of(DATE))
                    .collect(List.of(sources), DATE);
        }
    }

    private SourceSpec feed(String path) {
        return new SourceSpec("feed", "feed:" + path, null, List.of(), List.of(), 1, web.url(path), null);
    }

    private static String rss(String... items) {
        StringBuilder b = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/"
                + "</link><description>d</description>");
        for (String link : items) {
            b.append("<item><title>x</title><link>").append(link).append("</link></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    @Test
    void aFeedWithNothingForTheDateIsReportedAsAFinding() throws Exception {
        web.always("/empty.rss", LocalWeb.ok("application/rss+xml", rss()));

        WebCollector.Result r = collect(feed("/empty.rss"));

        assertThat(r.pages()).isEmpty();
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .isEqualTo("source feed:/empty.rss yielded no articles for 2022-02-14 (0 links in all)"));
    }

    @Test
    void aFeedThatIsNotXmlIsRecordedWithItsStatus() throws Exception {
        web.always("/broken.rss", LocalWeb.ok("text/html", "<html>moved</html>"));

        WebCollector.Result r = collect(feed("/broken.rss"));

        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.reason()).startsWith("feed feed:/broken.rss: not a readable feed:");
            assertThat(f.httpStatus()).isEqualTo(200);
        });
    }

    @Test
    void imagesAndPdfsAreNotPagesAndDuplicatesAreFetchedOnce() throws Exception {
        web.always("/f.rss", LocalWeb.ok("application/rss+xml", rss(web.url("/img.png"), web.url("/a.html?utm_source=x"),
                web.url("/a.html#top"), web.url("/a.html"))));
        web.always("/img.png", LocalWeb.ok("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        web.always("/a.html", LocalWeb.ok("text/html", "<html><head><link rel=\"canonical\" href=\"/a.html\"></head>"
                + "<body><p>article</p></body></html>"));

        WebCollector.Result r = collect(feed("/f.rss"));

        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.url()).isEqualTo(web.url("/img.png"));
            assertThat(f.reason()).isEqualTo("not an HTML page: image/png");
        });
        assertThat(r.pages()).extracting(CollectedPage::url).containsExactly(web.url("/a.html"));
        assertThat(web.hits("/a.html")).hasSize(1);
        assertThat(r.pages().get(0).publishedDate()).isEqualTo(DATE);
    }

    @Test
    void includeAndExcludePatternsFilterTheLinks() throws Exception {
        web.always("/f.rss", LocalWeb.ok("application/rss+xml", rss(web.url("/world/a.html"), web.url("/live/b.html"))));
        web.always("/world/a.html", LocalWeb.ok("text/html", "<p>a</p>"));
        SourceSpec source = new SourceSpec("feed", "f", null, List.of(), List.of(java.util.regex.Pattern.compile("/live/")),
                1, web.url("/f.rss"), null);

        WebCollector.Result r = collect(source);

        assertThat(r.pages()).extracting(CollectedPage::url).containsExactly(web.url("/world/a.html"));
        assertThat(web.hits("/live/b.html")).isEmpty();
    }
}
