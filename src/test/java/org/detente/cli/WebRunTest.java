package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.detente.collect.LocalWeb;
import org.detente.collect.WebFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily run of a watch whose sources are a feed, a sitemap index and a listing page on a local web server. */
class WebRunTest {

    private static final String DATE = "2022-02-14";

    @TempDir
    Path work;

    private CliRun cli;
    private LocalWeb web;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRun(work);
        web = new LocalWeb();
        String dead;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            dead = "http://127.0.0.1:" + closed.getLocalPort();
        }
        Map<String, String> vars = Map.of("base", web.url(""), "dead", dead);
        String feed = WebFixtures.text("feed.rss", vars);
        web.always("/feed.rss", ex -> {
            boolean same = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            LocalWeb.respond(same ? 304 : 200, "application/rss+xml", feed.getBytes(), "ETag", "\"v1\"")
                    .answer(ex);
        });
        web.always("/sitemap-index.xml", LocalWeb.ok("application/xml", WebFixtures.text("sitemap-index.xml", vars)));
        web.always("/sitemaps/news-2022-02-14.xml", LocalWeb.ok("application/xml",
                WebFixtures.text("news-sitemap.xml", vars)));
        web.always("/world", LocalWeb.ok("text/html", WebFixtures.text("world.html", vars)));
        web.always("/files/report.pdf", LocalWeb.ok("application/pdf", "%PDF-1.4 not a page"));
        web.always("/robots.txt", LocalWeb.ok("text/plain", "User-agent: *\nDisallow: /private/\n"));
        WebFixtures.serveDemoPages(web);
        Files.writeString(cli.jobs.resolve("watches/webtest.yaml"), """
                id: webtest
                title: Web sources on a local server
                timezone: Europe/Kyiv
                lexicon: default
                sources:
                  - type: feed
                    url: %1$s/feed.rss
                  - type: sitemap
                    url: %1$s/sitemap-index.xml
                  - type: listing
                    url: %1$s/world
                    links: 'article a.headline'
                fetch:
                  allow-private-networks: true
                  per-host-delay: 5ms
                  retries: 1
                  retry-backoff: 5ms
                """.formatted(web.url("")));
    }

    @AfterEach
    void tearDown() {
        web.close();
    }

    @Test
    void collectsTheDatesArticlesOnceEachAndRecordsEveryFailure() throws IOException {
        CliRun.Result result = cli.run("run", "--watch", "webtest", "--date", DATE);

        assertThat(result.exitCode()).as(result.err()).isZero();
        String articles = Files.readString(cli.day("webtest", DATE).resolve("articles.csv"));
        assertThat(articles).contains("us-embassy-moves-to-lviv", "still-a-chance", "us-shifts-embassy-operations-lviv",
                "scholz-kyiv-dialogue");
        assertThat(articles).doesNotContain("russia-says-troops-return", "americans-told-to-leave");
        assertThat(web.hits("/news/balticwire-2022-02-14-us-embassy-moves-to-lviv.html")).hasSize(1);
        assertThat(web.hits("/news/vistulaherald-2022-02-14-scholz-kyiv-dialogue.html")).hasSize(1);
        assertThat(web.hits("/sitemaps/news-2021-12.xml")).isEmpty();
        String failures = Files.readString(cli.day("webtest", DATE).resolve("failures.csv"));
        assertThat(failures).containsPattern("/news/gone\\.html,collect,HTTP 404[^\\r\\n]*,404\\r\\n");
        assertThat(failures).contains("/files/report.pdf,collect,not an HTML page: application/pdf");
        assertThat(failures).contains("/news/down.html,collect,robots.txt unreachable (connection refused");
        assertThat(archiveFiles()).hasSize(1);
        assertThat(query("SELECT http_status FROM failure WHERE url LIKE '%/news/gone.html'")).isEqualTo("404");
        assertThat(query("SELECT warc_file FROM fetch_log WHERE url LIKE '%/feed.rss'"))
                .isEqualTo("webtest/2022/2022-02-14-001.warc.gz");
        assertThat(query("SELECT etag FROM fetch_log WHERE url LIKE '%/feed.rss'")).isEqualTo("\"v1\"");
    }

    private String query(String sql) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(cli.jdbcUrl(), "sa", "");
             java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDateCollectedOnceRerunsFromTheArchiveWithIdenticalCsvsAndNoNetwork() throws IOException {
        cli.run("run", "--watch", "webtest", "--date", DATE);
        Path day = cli.day("webtest", DATE);
        Map<String, byte[]> first = csvs(day);
        web.close();

        CliRun.Result again = cli.run("run", "--watch", "webtest", "--date", DATE);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(csvs(day)).containsOnlyKeys(first.keySet());
        first.forEach((name, bytes) -> assertThat(day.resolve(name)).as(name).hasBinaryContent(bytes));
        assertThat(archiveFiles()).as("a replay writes no archive file").hasSize(1);
    }

    @Test
    void aRefetchAsksConditionallyAndTheUnchangedFeedAnswers304() throws IOException {
        cli.run("run", "--watch", "webtest", "--date", DATE);
        byte[] articles = Files.readAllBytes(cli.day("webtest", DATE).resolve("articles.csv"));

        CliRun.Result again = cli.run("run", "--watch", "webtest", "--date", DATE, "--refetch");

        assertThat(again.exitCode()).as(again.err()).isZero();
        List<LocalWeb.Hit> feedHits = web.hits("/feed.rss");
        assertThat(feedHits).hasSize(2);
        assertThat(feedHits.get(1).headers().get("If-none-match")).containsExactly("\"v1\"");
        assertThat(cli.day("webtest", DATE).resolve("articles.csv")).hasBinaryContent(articles);
        assertThat(archiveFiles()).hasSize(2);
    }

    @Test
    void aDateWhoseArchiveExpiredRerunsFromItsStoredPagesWithoutTheNetwork() throws IOException {
        Files.writeString(cli.jobs.resolve("watches/webtest.yaml"), "archive:\n  retention-days: 1\n",
                java.nio.file.StandardOpenOption.APPEND);
        cli.run("run", "--watch", "webtest", "--date", DATE);
        byte[] articles = Files.readAllBytes(cli.day("webtest", DATE).resolve("articles.csv"));

        CliRun.Result next = cli.run("run", "--watch", "webtest", "--date", "2022-02-15");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(archiveFiles()).as("the day out of the window lost its file, the new day kept its own")
                .extracting(p -> p.getFileName().toString()).containsExactly("2022-02-15-001.warc.gz");

        web.close();
        CliRun.Result again = cli.run("run", "--watch", "webtest", "--date", DATE);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(cli.day("webtest", DATE).resolve("articles.csv")).hasBinaryContent(articles);
        assertThat(Files.readString(cli.day("webtest", DATE).resolve("failures.csv")))
                .contains("web sources not read: the date's web archive was deleted by archive.retention-days");
        assertThat(archiveFiles()).as("no live fetch for the expired day").hasSize(1);
    }

    private List<Path> archiveFiles() throws IOException {
        Path dir = work.resolve("data/archive/webtest/2022");
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static Map<String, byte[]> csvs(Path day) throws IOException {
        try (Stream<Path> files = Files.list(day)) {
            return files.filter(p -> p.toString().endsWith(".csv"))
                    .collect(java.util.stream.Collectors.toMap(p -> p.getFileName().toString(), p -> {
                        try {
                            return Files.readAllBytes(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
        }
    }
}
