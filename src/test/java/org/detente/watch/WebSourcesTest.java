package org.detente.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web sources in watch files: feed, sitemap and listing take a url, listing also links; warc takes a path. */
class WebSourcesTest {

    @TempDir
    Path tmp;
    Path jobs;

    @BeforeEach
    void aJobsFolder() throws IOException {
        jobs = tmp.resolve("jobs");
        Files.createDirectories(jobs.resolve("watches"));
        Files.createDirectories(jobs.resolve("lexicons"));
        Files.createDirectories(jobs.resolve("archives"));
        Files.writeString(jobs.resolve("lexicons/default.yaml"), "# a lexicon\n");
        Files.write(jobs.resolve("archives/old.warc.gz"), new byte[0]);
    }

    private Watch load(String sources) throws IOException {
        Files.writeString(jobs.resolve("watches/w.yaml"), """
                id: w
                title: Web
                timezone: UTC
                lexicon: default
                sources:
                """ + sources);
        return new WatchLoader(jobs).load("w");
    }

    private String rejected(String sources) {
        return assertThrows(WatchException.class, () -> load(sources)).getMessage();
    }

    @Nested
    class Loads {

        @Test
        void everyWebSourceTypeWithItsKeys() throws IOException {
            Watch w = load("""
                      - type: feed
                        url: https://example.org/rss.xml
                      - type: sitemap
                        url: https://example.org/news-sitemap.xml
                      - type: listing
                        url: https://example.org/world/
                        links: 'article a.headline'
                      - type: warc
                        path: archives/old.warc.gz
                    """);

            assertThat(w.sources()).extracting(SourceSpec::name).containsExactly("feed:https://example.org/rss.xml",
                    "sitemap:https://example.org/news-sitemap.xml", "listing:https://example.org/world/",
                    "warc:archives/old.warc.gz");
            assertThat(w.sources().get(2).links()).isEqualTo("article a.headline");
            assertThat(w.sources().get(0).url()).isEqualTo("https://example.org/rss.xml");
        }

        @Test
        void theRealRussiaUkraineWatchOfTheProject() {
            Watch w = new WatchLoader(Path.of("jobs")).load("russia-ukraine");

            assertThat(w.timezone().getId()).isEqualTo("Europe/Kyiv");
            assertThat(w.sources()).extracting(SourceSpec::type).contains("feed", "sitemap", "listing");
            assertThat(w.sources()).filteredOn(s -> !s.type().equals("listing")).hasSizeGreaterThanOrEqualTo(10);
            assertThat(w.sources()).allSatisfy(s -> assertThat(s.url()).startsWith("https://"));
            assertThat(w.settings().bool("fetch.allow-private-networks")).isFalse();
        }
    }

    @Nested
    class Rejects {

        @Test
        void aFeedWithoutAUrl() {
            assertThat(rejected("  - type: feed\n    name: x\n")).isEqualTo(
                    "jobs/watches/w.yaml:6: missing key 'url' in source 1".replace("jobs/", jobsShown()));
        }

        @Test
        void aUrlThatIsNotHttp() {
            assertThat(rejected("  - type: feed\n    url: file:///etc/passwd\n"))
                    .endsWith(":7: bad url 'file:///etc/passwd' in source 1: use an absolute http or https address");
        }

        @Test
        void aListingWithoutLinks() {
            assertThat(rejected("  - type: listing\n    url: https://example.org/\n"))
                    .endsWith(":6: missing key 'links' in source 1");
        }

        @Test
        void aListingWithABadSelector() {
            assertThat(rejected("  - type: listing\n    url: https://example.org/\n    links: 'a[href'\n"))
                    .contains(":8: bad links selector 'a[href' in source 1");
        }

        @Test
        void aKeyThatDoesNotApplyToTheType() {
            assertThat(rejected("  - type: feed\n    url: https://example.org/rss\n    path: demo\n"))
                    .endsWith(":8: key 'path' does not apply to a feed source (it takes url)");
        }

        @Test
        void aWarcPathThatDoesNotExist() {
            assertThat(rejected("  - type: warc\n    path: archives/none.warc\n"))
                    .contains(":7: WARC path 'archives/none.warc' does not exist");
        }
    }

    private String jobsShown() {
        return "jobs/";
    }
}
