package org.detente.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The polite fetcher against a local server: each fault ends in a recorded outcome, never an exception. */
class HttpFetcherTest {

    private LocalWeb web;
    private final List<Exchange> archived = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        web = new LocalWeb();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private FetchResult fetch(FetchSettings settings, String path) throws Exception {
        try (HttpFetcher fetcher = new HttpFetcher(settings, archived::add, Clock.systemUTC())) {
            return fetcher.fetch(path.contains("://") ? path : web.url(path), null);
        }
    }

    private FetchResult fetch(String path) throws Exception {
        return fetch(TestFetchSettings.fast(), path);
    }

    private static long gapMillis(LocalWeb.Hit a, LocalWeb.Hit b) {
        return (b.nanos() - a.nanos()) / 1_000_000;
    }

    @Nested
    class RobotsTxt {

        @Test
        void aDisallowedPathIsNotRequested() throws Exception {
            web.always("/robots.txt", LocalWeb.ok("text/plain", "User-agent: *\nDisallow: /private/\n"));
            web.always("/private/x.html", LocalWeb.ok("text/html", "<p>secret</p>"));

            FetchResult r = fetch("/private/x.html");

            assertThat(r.error()).isEqualTo("disallowed by robots.txt");
            assertThat(web.hits("/private/x.html")).isEmpty();
        }

        @Test
        void aGroupNamingDetenteApplies() throws Exception {
            web.always("/robots.txt", LocalWeb.ok("text/plain", "User-agent: detente\nDisallow: /\n\nUser-agent: *\n"
                    + "Allow: /\n"));

            assertThat(fetch("/page.html").error()).isEqualTo("disallowed by robots.txt");
        }

        @Test
        void crawlDelaySpacesTheRequestsToTheHost() throws Exception {
            web.always("/robots.txt", LocalWeb.ok("text/plain", "User-agent: *\nCrawl-delay: 1\n"));
            web.always("/a", LocalWeb.ok("text/html", "a")).always("/b", LocalWeb.ok("text/html", "b"));

            try (HttpFetcher fetcher = new HttpFetcher(TestFetchSettings.fast(), archived::add, Clock.systemUTC())) {
                assertThat(fetcher.fetch(web.url("/a"), null).ok()).isTrue();
                assertThat(fetcher.fetch(web.url("/b"), null).ok()).isTrue();
            }

            assertThat(gapMillis(web.hits("/a").get(0), web.hits("/b").get(0))).isGreaterThanOrEqualTo(990);
        }

        @Test
        void aCrawlDelayOverTheCapSkipsTheHostForTheNight() throws Exception {
            web.always("/robots.txt", LocalWeb.ok("text/plain", "User-agent: *\nCrawl-delay: 600\n"));

            FetchResult r = fetch("/a");

            assertThat(r.error()).contains("crawl-delay of 600 s", "skipped for the night");
            assertThat(web.hits("/a")).isEmpty();
        }

        @Test
        void a404RobotsTxtAllowsEverything() throws Exception {
            web.always("/a", LocalWeb.ok("text/html", "a"));

            assertThat(fetch("/a").ok()).isTrue();
        }

        @Test
        void a5xxRobotsTxtDisallowsTheHost() throws Exception {
            web.always("/robots.txt", LocalWeb.status(503));
            web.always("/a", LocalWeb.ok("text/html", "a"));

            FetchResult r = fetch("/a");

            assertThat(r.error()).startsWith("robots.txt answered HTTP 503");
            assertThat(web.hits("/a")).isEmpty();
        }

        @Test
        void aHugeRobotsTxtIsReadUpToTheCap() throws Exception {
            String huge = "User-agent: *\nDisallow: /private/\n" + "# padding\n".repeat(80_000);
            web.always("/robots.txt", LocalWeb.ok("text/plain", huge));
            web.always("/a", LocalWeb.ok("text/html", "a"));

            assertThat(huge.length()).isGreaterThan(512 * 1024);
            assertThat(fetch("/a").ok()).isTrue();
            assertThat(fetch("/private/b").error()).isEqualTo("disallowed by robots.txt");
        }

        @Test
        void aMalformedRobotsTxtAllowsWhatItCannotRead() throws Exception {
            web.always("/robots.txt", LocalWeb.ok("text/plain", new byte[] {0, 1, 2, (byte) 0xff, '<', 'h', 't'}));
            web.always("/a", LocalWeb.ok("text/html", "a"));

            assertThat(fetch("/a").ok()).isTrue();
        }

        @Test
        void robotsTxtIsFetchedOncePerHost() throws Exception {
            web.always("/a", LocalWeb.ok("text/html", "a")).always("/b", LocalWeb.ok("text/html", "b"));
            try (HttpFetcher fetcher = new HttpFetcher(TestFetchSettings.fast(), archived::add, Clock.systemUTC())) {
                fetcher.fetch(web.url("/a"), null);
                fetcher.fetch(web.url("/b"), null);
            }

            assertThat(web.hits("/robots.txt")).hasSize(1);
        }
    }

    @Nested
    class Politeness {

        @Test
        void thePerHostDelaySeparatesRequestsAndTheUserAgentNamesDetente() throws Exception {
            web.always("/a", LocalWeb.ok("text/html", "a")).always("/b", LocalWeb.ok("text/html", "b"));
            FetchSettings s = TestFetchSettings.withDelay(TestFetchSettings.fast(), Duration.ofMillis(300));

            try (HttpFetcher fetcher = new HttpFetcher(s, archived::add, Clock.systemUTC())) {
                fetcher.fetch(web.url("/a"), null);
                fetcher.fetch(web.url("/b"), null);
            }

            assertThat(gapMillis(web.hits("/a").get(0), web.hits("/b").get(0))).isGreaterThanOrEqualTo(295);
            assertThat(web.hits("/a").get(0).headers().get("User-agent").get(0))
                    .startsWith("Detente/").contains("+https://example.org/detente-crawler");
        }

        @Test
        void aSlowHostDoesNotHoldBackTheOthers() throws Exception {
            try (LocalWeb slow = new LocalWeb()) {
                for (int i = 0; i < 3; i++) {
                    slow.always("/s" + i, LocalWeb.slow(700, LocalWeb.ok("text/html", "slow")));
                }
                List<String> urls = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    urls.add(slow.url("/s" + i));
                    web.always("/f" + i, LocalWeb.ok("text/html", "fast"));
                    urls.add(web.url("/f" + i));
                }
                try (HttpFetcher fetcher = new HttpFetcher(TestFetchSettings.fast(), archived::add,
                        Clock.systemUTC())) {
                    List<FetchResult> results = HostParallel.fetchAll(urls, 8, u -> fetcher.fetch(u, null));
                    assertThat(results).allMatch(FetchResult::ok);
                }
                long fastDone = web.hits("/f2").get(0).nanos();
                long slowDone = slow.hits("/s2").get(0).nanos();
                assertThat(fastDone).isLessThan(slowDone);
                assertThat((slowDone - fastDone) / 1_000_000).isGreaterThan(1000);
            }
        }

        @Test
        void aHostFailingThreeTimesInARowIsDroppedForTheNight() throws Exception {
            for (String p : List.of("/a", "/b", "/c", "/d")) {
                web.always(p, LocalWeb.status(500));
            }
            FetchSettings s = TestFetchSettings.fast();
            List<FetchResult> results = new ArrayList<>();
            try (HttpFetcher fetcher = new HttpFetcher(s, archived::add, Clock.systemUTC())) {
                for (String p : List.of("/a", "/b", "/c", "/d")) {
                    results.add(fetcher.fetch(web.url(p), null));
                }
            }

            assertThat(results.get(0).error()).isEqualTo("HTTP 500 after 4 attempts");
            assertThat(results.get(3).error()).startsWith("host dropped for the night after 3 failures in a row");
            assertThat(web.hits("/d")).isEmpty();
        }
    }

    @Nested
    class Redirects {

        @Test
        void aChainOf301And302IsFollowedToTheEnd() throws Exception {
            web.always("/old", LocalWeb.redirect(301, "/moved"));
            web.always("/moved", LocalWeb.redirect(302, web.url("/final")));
            web.always("/final", LocalWeb.ok("text/html", "here"));

            FetchResult r = fetch("/old");

            assertThat(r.ok()).isTrue();
            assertThat(r.finalUrl()).isEqualTo(web.url("/final"));
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("here");
            assertThat(r.exchanges()).extracting(Exchange::status).containsExactly(301, 302, 200);
        }

        @Test
        void temporaryAndPermanentRedirects307And308AreFollowed() throws Exception {
            web.always("/a", LocalWeb.redirect(307, "/b")).always("/b", LocalWeb.redirect(308, "/c"));
            web.always("/c", LocalWeb.ok("text/html", "c"));

            assertThat(fetch("/a").finalUrl()).isEqualTo(web.url("/c"));
        }

        @Test
        void aLoopIsRecognised() throws Exception {
            web.always("/a", LocalWeb.redirect(302, "/b")).always("/b", LocalWeb.redirect(302, "/a"));

            assertThat(fetch("/a").error()).startsWith("redirect loop back to " + web.url("/a"));
        }

        @Test
        void moreThanFiveHopsAreTooMany() throws Exception {
            for (int i = 0; i < 7; i++) {
                web.always("/r" + i, LocalWeb.redirect(301, "/r" + (i + 1)));
            }

            assertThat(fetch("/r0").error()).isEqualTo("too many redirects (more than 5)");
            assertThat(web.hits("/r6")).isEmpty();
        }

        @Test
        void eachHopIsCheckedAgainstRobotsTxt() throws Exception {
            web.always("/robots.txt", LocalWeb.ok("text/plain", "User-agent: *\nDisallow: /private/\n"));
            web.always("/open", LocalWeb.redirect(302, "/private/page"));

            assertThat(fetch("/open").error()).isEqualTo("disallowed by robots.txt");
            assertThat(web.hits("/private/page")).isEmpty();
        }

        @Test
        void aRedirectToAPrivateAddressIsRefusedWhenConnecting() throws Exception {
            // 127.0.0.1 stands in for a public host here, 127.0.0.2 for a private one
            web.always("/a", LocalWeb.redirect(302, "http://127.0.0.2:" + web.port() + "/inside"));
            AddressGuard guard = new AddressGuard(a -> a.getHostAddress().equals("127.0.0.1"));
            FetchResult r;
            try (HttpFetcher fetcher = new HttpFetcher(TestFetchSettings.fast(), archived::add, Clock.systemUTC(),
                    guard)) {
                r = fetcher.fetch(web.url("/a"), null);
            }

            assertThat(r.error()).contains("refused: 127.0.0.2 resolves to the non-public address 127.0.0.2");
            assertThat(web.hits("/inside")).isEmpty();
        }

        @Test
        void aRedirectToAFileUrlIsRefused() throws Exception {
            web.always("/a", LocalWeb.redirect(302, "file:///etc/passwd"));

            assertThat(fetch("/a").error()).isEqualTo("refused: only http and https are fetched, not 'file:'");
        }
    }

    @Nested
    class RetriesAndStatus {

        @Test
        void a500ThenSuccessIsRetried() throws Exception {
            web.then("/a", LocalWeb.status(500)).always("/a", LocalWeb.ok("text/html", "fine"));

            FetchResult r = fetch("/a");

            assertThat(r.ok()).isTrue();
            assertThat(web.hits("/a")).hasSize(2);
        }

        @Test
        void a429WithRetryAfterInSecondsWaitsThatLong() throws Exception {
            web.then("/a", LocalWeb.status(429, "Retry-After", "1")).always("/a", LocalWeb.ok("text/html", "ok"));

            FetchResult r = fetch("/a");

            assertThat(r.ok()).isTrue();
            assertThat(gapMillis(web.hits("/a").get(0), web.hits("/a").get(1))).isGreaterThanOrEqualTo(990);
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "HTTP {0}")
        @org.junit.jupiter.params.provider.ValueSource(ints = {429, 503})
        void aRetryAfterAsAnHttpDateWaitsUntilThen(int status) throws Exception {
            String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(2));
            web.then("/a", LocalWeb.status(status, "Retry-After", inTwoSeconds))
                    .always("/a", LocalWeb.ok("text/html", "ok"));

            FetchResult r = fetch("/a");

            assertThat(r.ok()).isTrue();
            assertThat(gapMillis(web.hits("/a").get(0), web.hits("/a").get(1))).isGreaterThanOrEqualTo(900);
        }

        @Test
        void a503WithoutRetryAfterBacksOffAndSucceeds() throws Exception {
            web.then("/a", LocalWeb.status(503), LocalWeb.status(503)).always("/a", LocalWeb.ok("text/html", "ok"));

            FetchResult r = fetch("/a");

            assertThat(r.ok()).isTrue();
            assertThat(web.hits("/a")).hasSize(3);
            assertThat(gapMillis(web.hits("/a").get(1), web.hits("/a").get(2)))
                    .as("the second backoff is twice the first (20 ms, then 40 ms)").isGreaterThanOrEqualTo(39);
        }

        @Test
        void aRetryAfterBeyondTheCapDefersTheHost() throws Exception {
            web.always("/a", LocalWeb.status(503, "Retry-After", "3600"));

            FetchResult r = fetch("/a");

            assertThat(r.error()).isEqualTo("HTTP 503 with Retry-After 3600 s, more than the 120 s cap: host deferred "
                    + "to another night");
            assertThat(r.status()).isEqualTo(503);
            assertThat(web.hits("/a")).hasSize(1);
        }

        @Test
        void a502OnEveryTryEndsAfterTheRetries() throws Exception {
            web.always("/a", LocalWeb.status(502));

            assertThat(fetch("/a").error()).isEqualTo("HTTP 502 after 4 attempts");
            assertThat(web.hits("/a")).hasSize(4);
        }

        @Test
        void clientErrorsAreNotRetried() throws Exception {
            web.always("/gone", LocalWeb.status(410)).always("/no", LocalWeb.status(403));

            assertThat(fetch("/gone").error()).isEqualTo("HTTP 410 Gone");
            assertThat(fetch("/no").error()).isEqualTo("HTTP 403 Forbidden");
            assertThat(fetch("/missing").status()).isEqualTo(404);
            assertThat(web.hits("/gone")).hasSize(1);
        }

        @Test
        void aConditionalGetAnswered304GivesTheEarlierBody() throws Exception {
            web.always("/feed", ex -> {
                boolean same = "\"abc\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))
                        && "Mon, 14 Feb 2022 10:00:00 GMT".equals(ex.getRequestHeaders().getFirst("If-Modified-Since"));
                LocalWeb.respond(same ? 304 : 200, "application/rss+xml", "<rss/>".getBytes()).answer(ex);
            });
            byte[] earlier = "<rss>earlier</rss>".getBytes(StandardCharsets.UTF_8);
            FetchResult r;
            try (HttpFetcher fetcher = new HttpFetcher(TestFetchSettings.fast(), archived::add, Clock.systemUTC())) {
                r = fetcher.fetch(web.url("/feed"), new HttpFetcher.Validators("\"abc\"",
                        "Mon, 14 Feb 2022 10:00:00 GMT", earlier, "application/rss+xml"));
            }

            assertThat(r.ok()).isTrue();
            assertThat(r.notModified()).isTrue();
            assertThat(r.status()).isEqualTo(304);
            assertThat(r.body()).isEqualTo(earlier);
        }
    }

    @Nested
    class NetworkFaults {

        @Test
        void aConnectionResetIsRecorded() throws Exception {
            try (RawServer raw = new RawServer((socket, out) -> {
                socket.setSoLinger(true, 0);
                socket.close();
            })) {
                FetchResult r = fetch(raw.url("/a"));

                assertThat(r.ok()).isFalse();
                assertThat(r.error()).containsIgnoringCase("reset");
            }
        }

        @Test
        void aWrongContentLengthIsATruncatedBody() throws Exception {
            try (RawServer raw = new RawServer((socket, out) -> RawServer.write(out,
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<p>only this</p>"))) {
                FetchResult r = fetch(raw.url("/a"));

                assertThat(r.error()).contains("Premature end of Content-Length delimited message body");
            }
        }

        @Test
        void aResponseSlowerThanTheReadTimeoutTimesOut() throws Exception {
            web.always("/slow", LocalWeb.slow(2500, LocalWeb.ok("text/html", "late")));
            FetchSettings s = TestFetchSettings.withTimeouts(TestFetchSettings.fast(), Duration.ofMillis(500),
                    Duration.ofSeconds(5));

            assertThat(fetch(s, "/slow").error()).startsWith("read timeout");
        }

        @Test
        void aBodyDrippedSlowerThanTheRequestTimeoutIsCutOff() throws Exception {
            try (RawServer raw = new RawServer((socket, out) -> {
                RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n");
                for (int i = 0; i < 100; i++) {
                    RawServer.write(out, "x");
                    Thread.sleep(50);
                }
            })) {
                FetchSettings s = TestFetchSettings.withTimeouts(TestFetchSettings.fast(), Duration.ofSeconds(1),
                        Duration.ofSeconds(1));
                long start = System.nanoTime();

                FetchResult r = fetch(s, raw.url("/drip"));

                assertThat(r.error()).isEqualTo("read timeout: the whole request took longer than 1 s");
                assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
            }
        }

        @Test
        void aHostThatNeverAcceptsTheConnectionTimesOut() throws Exception {
            // a listening socket whose backlog is full drops further connection attempts: connect hangs
            try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                List<java.net.Socket> fillers = new ArrayList<>();
                try {
                    for (int i = 0; i < 8; i++) {
                        java.net.Socket f = new java.net.Socket();
                        try {
                            f.connect(full.getLocalSocketAddress(), 200);
                            fillers.add(f);
                        } catch (IOException e) {
                            f.close();
                            break;
                        }
                    }
                    FetchSettings s = new FetchSettings(TestFetchSettings.fast().userAgent(), Duration.ofMillis(5), 5,
                            Duration.ofSeconds(30), 8, Duration.ofMillis(500), Duration.ofSeconds(2),
                            Duration.ofSeconds(5), 10_000_000, 5, 0, Duration.ofMillis(20), Duration.ofSeconds(120), 3,
                            512 * 1024, Duration.ofHours(24), true, 50);

                    FetchResult r = fetch(s, "http://127.0.0.1:" + full.getLocalPort() + "/a");

                    assertThat(r.error()).startsWith("robots.txt unreachable (connect timeout");
                } finally {
                    for (java.net.Socket f : fillers) {
                        f.close();
                    }
                }
            }
        }

        @Test
        void aRefusedConnectionIsRecorded() throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }

            FetchResult r = fetch("http://127.0.0.1:" + port + "/a");

            assertThat(r.error()).startsWith("robots.txt unreachable (connection refused");
        }

        @Test
        void anUnknownHostIsADnsFailure() throws Exception {
            FetchResult r = fetch("http://no-such-host.invalid/a");

            assertThat(r.error()).startsWith("robots.txt unreachable (DNS failure: unknown host");
        }
    }

    @Nested
    class Bodies {

        @Test
        void aBodyOverTheCapIsRecordedAsTooLarge() throws Exception {
            web.always("/big", LocalWeb.ok("text/html", "x".repeat(5000)));

            FetchResult r = fetch(TestFetchSettings.withBodyCap(TestFetchSettings.fast(), 1000), "/big");

            assertThat(r.error()).isEqualTo("too large: more than 1000 bytes");
        }

        @Test
        void gzipAndDeflateBodiesAreDecoded() throws Exception {
            web.always("/gz", LocalWeb.ok("text/html", gzip("<p>zipped</p>".getBytes()), "Content-Encoding", "gzip"));
            web.always("/df", LocalWeb.ok("text/html", deflate("<p>deflated</p>".getBytes()),
                    "Content-Encoding", "deflate"));

            assertThat(new String(fetch("/gz").body(), StandardCharsets.UTF_8)).isEqualTo("<p>zipped</p>");
            assertThat(new String(fetch("/df").body(), StandardCharsets.UTF_8)).isEqualTo("<p>deflated</p>");
            assertThat(archived.get(archived.size() - 1).rawBody()).as("the archive keeps the encoded bytes")
                    .isEqualTo(deflate("<p>deflated</p>".getBytes()));
        }

        @Test
        void aGzipBombStopsAtTheCap() throws Exception {
            byte[] bomb = gzip(new byte[20_000_000]);
            web.always("/bomb", LocalWeb.ok("text/html", bomb, "Content-Encoding", "gzip"));

            FetchResult r = fetch(TestFetchSettings.withBodyCap(TestFetchSettings.fast(), 1_000_000), "/bomb");

            assertThat(bomb.length).isLessThan(1_000_000);
            assertThat(r.error()).isEqualTo("too large: more than 1000000 bytes after decompression");
        }

        @Test
        void aTruncatedGzipBodyIsRecorded() throws Exception {
            byte[] whole = gzip("<p>a page that was cut off in transit</p>".repeat(50).getBytes());
            byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
            web.always("/cut", LocalWeb.ok("text/html", cut, "Content-Encoding", "gzip"));

            assertThat(fetch("/cut").error()).startsWith("truncated gzip body");
        }
    }

    @Nested
    class Addresses {

        @Test
        void loopbackIsRefusedUnlessTheWatchAllowsPrivateNetworks() throws Exception {
            web.always("/a", LocalWeb.ok("text/html", "a"));

            FetchResult r = fetch(TestFetchSettings.withoutPrivateNetworks(TestFetchSettings.fast()), "/a");

            assertThat(r.error()).contains("refused: 127.0.0.1 resolves to the non-public address 127.0.0.1");
            assertThat(web.hits).isEmpty();
        }

        @Test
        void aNameResolvingToLoopbackIsRefusedWhenConnecting() throws Exception {
            web.always("/a", LocalWeb.ok("text/html", "a"));

            FetchResult r = fetch(TestFetchSettings.withoutPrivateNetworks(TestFetchSettings.fast()),
                    "http://localhost:" + web.port() + "/a");

            assertThat(r.error()).contains("refused: localhost resolves to the non-public address");
            assertThat(web.hits).isEmpty();
        }

        @Test
        void onlyHttpAndHttpsAreFetched() throws Exception {
            assertThat(fetch("ftp://example.org/x").error()).isEqualTo("refused: only http and https are fetched, "
                    + "not 'ftp:'");
        }
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            d.write(data);
        }
        return out.toByteArray();
    }
}
