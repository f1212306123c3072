package org.detente.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds read with Rome: links, titles and strictly read dates; hostile XML is never expanded. */
class FeedReaderTest {

    private static final String BASE = "https://wire.example";
    private static final Map<String, String> VARS = Map.of("base", BASE, "dead", "https://down.example");

    private static FeedReader.Result read(String fixture) throws Exception {
        return FeedReader.read(WebFixtures.text(fixture, VARS).getBytes(StandardCharsets.UTF_8), BASE + "/feed");
    }

    @Nested
    class Reads {

        @Test
        void rss2ItemsWithTheirLinksTitlesAndDates() throws Exception {
            FeedReader.Result r = read("feed.rss");

            assertThat(r.items()).isEqualTo(7);
            assertThat(r.links().get(0)).isEqualTo(new Link(BASE + "/news/balticwire-2022-02-14-us-embassy-moves-to-lviv.html",
                    "US embassy moves to Lviv", Instant.parse("2022-02-14T12:02:00Z")));
            assertThat(r.links().get(1).published()).isEqualTo(Instant.parse("2022-02-14T09:20:00Z"));
        }

        @Test
        void atomEntriesResolvingRelativeLinksAndPreferringTheFirstDate() throws Exception {
            FeedReader.Result r = read("atom.xml");

            assertThat(r.links()).extracting(Link::url).containsExactly(
                    BASE + "/news/vistulaherald-2022-02-14-scholz-kyiv-dialogue.html", BASE + "/news/undated.html");
            assertThat(r.links().get(0).published()).isEqualTo(Instant.parse("2022-02-14T15:10:00Z"));
            assertThat(r.links().get(1).published()).as("an entry without a date").isNull();
        }

        @Test
        void rdfItemsWithDcDateAndAnImpossibleDateAsNone() throws Exception {
            FeedReader.Result r = read("rdf.xml");

            assertThat(r.links()).extracting(Link::url).containsExactly(BASE + "/news/a.html", BASE + "/news/b.html");
            assertThat(r.links().get(0).published()).isEqualTo(Instant.parse("2022-02-14T06:00:00Z"));
            assertThat(r.links().get(1).published()).as("31 February is no date").isNull();
        }

        @Test
        void anRssFeedWithNoItemsGivesNoLinks() throws Exception {
            byte[] empty = ("<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link>"
                    + "<description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8);

            FeedReader.Result r = FeedReader.read(empty, BASE);

            assertThat(r.items()).isZero();
            assertThat(r.links()).isEmpty();
        }

        @Test
        void itemsWithoutALinkAreCountedAndLeftOut() throws Exception {
            byte[] feed = ("<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link><description>d"
                    + "</description><item><title>no link</title><description>x</description></item>"
                    + "<item><title>ok</title><link>https://a.example/ok</link></item></channel></rss>")
                    .getBytes(StandardCharsets.UTF_8);

            FeedReader.Result r = FeedReader.read(feed, BASE);

            assertThat(r.withoutLink()).isEqualTo(1);
            assertThat(r.links()).extracting(Link::url).containsExactly("https://a.example/ok");
        }
    }

    @Nested
    class Dates {

        @Test
        void rfc822WithNamedZonesTwoDigitYearsAndAWrongWeekday() {
            assertThat(FeedDates.parse("Mon, 14 Feb 2022 12:02:00 EST")).isEqualTo(Instant.parse("2022-02-14T17:02:00Z"));
            assertThat(FeedDates.parse("14 Feb 22 12:02 +0200")).isEqualTo(Instant.parse("2022-02-14T10:02:00Z"));
            assertThat(FeedDates.parse("Sun, 14 Feb 2022 12:02:00 GMT")).isEqualTo(Instant.parse("2022-02-14T12:02:00Z"));
            assertThat(FeedDates.parse("Mon, 14 FEB 2022 12:02:00 MSK")).isEqualTo(Instant.parse("2022-02-14T09:02:00Z"));
        }

        @Test
        void isoAndW3cDates() {
            assertThat(FeedDates.parse("2022-02-14T23:40:00+02:00")).isEqualTo(Instant.parse("2022-02-14T21:40:00Z"));
            assertThat(FeedDates.parse("2022-02-14T23:40Z")).isEqualTo(Instant.parse("2022-02-14T23:40:00Z"));
            assertThat(FeedDates.parse("2022-02-14")).isEqualTo(Instant.parse("2022-02-14T00:00:00Z"));
        }

        @Test
        void impossibleOrUnreadableDatesAreNone() {
            assertThat(FeedDates.parse("Thu, 31 Feb 2022 10:00:00 GMT")).isNull();
            assertThat(FeedDates.parse("2022-02-30T10:00:00Z")).isNull();
            assertThat(FeedDates.parse("yesterday")).isNull();
            assertThat(FeedDates.parse("14/02/2022")).isNull();
            assertThat(FeedDates.parse("")).isNull();
        }
    }

    @Nested
    class Refuses {

        @Test
        void aDoctypeWithAnExternalEntityAndNeverReadsTheFile(@TempDir Path tmp) throws IOException {
            Path secret = tmp.resolve("secret.txt");
            Files.writeString(secret, "TOP-SECRET-CONTENT");
            byte[] feed = WebFixtures.text("xxe-feed.rss", Map.of("base", BASE, "secret", secret.toString()))
                    .getBytes(StandardCharsets.UTF_8);

            FeedReader.FeedReadException e = assertThrows(FeedReader.FeedReadException.class,
                    () -> FeedReader.read(feed, BASE));

            assertThat(e.getMessage()).startsWith("not a readable feed:").doesNotContain("TOP-SECRET");
        }

        @Test
        void aBillionLaughsExpansion() {
            byte[] feed = WebFixtures.text("billion-laughs.rss", VARS).getBytes(StandardCharsets.UTF_8);

            FeedReader.FeedReadException e = assertThrows(FeedReader.FeedReadException.class,
                    () -> FeedReader.read(feed, BASE));

            assertThat(e.getMessage()).startsWith("not a readable feed:").doesNotContain("lollollol");
        }

        @Test
        void textThatIsNotXml() {
            FeedReader.FeedReadException e = assertThrows(FeedReader.FeedReadException.class,
                    () -> FeedReader.read("<html><body>Sorry, we moved</body></html".getBytes(), BASE));

            assertThat(e.getMessage()).startsWith("not a readable feed:");
        }
    }
}
