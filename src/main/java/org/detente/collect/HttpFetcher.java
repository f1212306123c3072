package org.detente.collect;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one polite HTTP fetcher of every web source. Per URL it checks the scheme, robots.txt and (at connect time) the
 * address; waits its turn at the host; sends a conditional GET when validators are known; follows at most
 * {@code max-redirects} redirects, each hop checked again; retries 429, 5xx and timeouts with exponential backoff
 * honouring Retry-After; caps the body before and after decompression. Every exchange is handed to the sink (the web
 * archive) as it happens. Never throws for a bad URL or a bad server: the result says what went wrong.
 */
public final class HttpFetcher implements Closeable {

    /** What an earlier fetch of the URL left for a conditional GET. */
    public record Validators(String etag, String lastModified, byte[] previousBody, String previousContentType) {
    }

    static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchSettings settings;
    private final HostGate gate;
    private final RobotsCache robots;
    private final RobotsLoader robotsLoader;
    private final HttpExchanger http;
    private final Consumer<Exchange> sink;
    private final Clock clock;

    public HttpFetcher(FetchSettings settings, Consumer<Exchange> sink, Clock clock) {
        this(settings, sink, clock, new AddressGuard(settings.allowPrivateNetworks()));
    }

    HttpFetcher(FetchSettings settings, Consumer<Exchange> sink, Clock clock, AddressGuard guard) {
        this.settings = settings;
        this.gate = new HostGate(settings);
        this.robots = new RobotsCache(settings.userAgent(), settings.robotsCache());
        this.sink = sink;
        this.clock = clock;
        this.http = new HttpExchanger(settings, guard, clock);
        this.robotsLoader = new RobotsLoader(settings, gate, http, sink);
    }

    /** Fetches a URL, following redirects; the validators (may be null) make the first request conditional. */
    public FetchResult fetch(String url, Validators validators) throws InterruptedException {
        List<Exchange> exchanges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = url;
        for (int hop = 0; ; hop++) {
            URI uri;
            try {
                uri = checkedUri(current);
            } catch (IllegalArgumentException e) {
                return fail(url, current, 0, e.getMessage(), exchanges);
            }
            String origin = origin(uri);
            String refused = refusal(uri, origin);
            if (refused != null) {
                return fail(url, current, 0, refused, exchanges);
            }
            Attempt attempt = withRetries(uri, origin, hop == 0 ? validators : null, exchanges);
            if (attempt.error != null) {
                return fail(url, current, attempt.status(), attempt.error, exchanges);
            }
            Exchange ex = attempt.exchange;
            if (REDIRECTS.contains(ex.status())) {
                String location = ex.header("Location");
                if (location == null || location.isBlank()) {
                    return fail(url, current, ex.status(), "HTTP " + ex.status() + " redirect without a Location",
                            exchanges);
                }
                seen.add(current);
                String next;
                try {
                    next = uri.resolve(URI.create(location.strip().replace(" ", "%20"))).toString();
                } catch (IllegalArgumentException e) {
                    return fail(url, current, ex.status(), "redirect to a malformed Location '" + location + "'",
                            exchanges);
                }
                if (seen.contains(next)) {
                    return fail(url, next, ex.status(), "redirect loop back to " + next, exchanges);
                }
                if (hop + 1 > settings.maxRedirects()) {
                    return fail(url, next, ex.status(), "too many redirects (more than " + settings.maxRedirects()
                            + ")", exchanges);
                }
                current = next;
                continue;
            }
            return finish(url, current, ex, validators, exchanges);
        }
    }

    private FetchResult finish(String url, String finalUrl, Exchange ex, Validators validators,
                               List<Exchange> exchanges) {
        if (ex.status() == 304 && validators != null && validators.previousBody() != null) {
            return new FetchResult(url, finalUrl, 304, validators.previousBody(), validators.previousContentType(),
                    ex.fetchedAt(), null, true, exchanges);
        }
        if (ex.status() < 200 || ex.status() >= 300) {
            return fail(url, finalUrl, ex.status(), "HTTP " + ex.status() + (ex.reason() == null || ex.reason().isBlank()
                    ? "" : " " + ex.reason()), exchanges);
        }
        try {
            byte[] body = ContentDecoder.decode(ex.rawBody(), ex.header("Content-Encoding"), settings.maxBodyBytes());
            return new FetchResult(url, finalUrl, ex.status(), body, ex.contentType(), ex.fetchedAt(), null, false,
                    exchanges);
        } catch (IOException e) {
            return fail(url, finalUrl, ex.status(), e.getMessage(), exchanges);
        }
    }

    static URI checkedUri(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("malformed URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("refused: only http and https are fetched, not '"
                    + (scheme.isEmpty() ? url : scheme + ":") + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("malformed URL: no host");
        }
        return uri;
    }

    /** Why the URL may not be fetched at all (host given up, robots.txt), or null. */
    private String refusal(URI uri, String origin) throws InterruptedException {
        String givenUp = gate.givenUp(origin);
        if (givenUp != null) {
            return givenUp;
        }
        RobotsCache.Rules rules = robots.rules(origin, robotsLoader::load);
        if (rules.unavailable() != null) {
            return rules.unavailable();
        }
        long crawlDelay = rules.rules().getCrawlDelay();
        if (crawlDelay > 0) {
            Duration delay = Duration.ofMillis(crawlDelay);
            if (delay.compareTo(settings.maxHostDelay()) > 0) {
                String why = "robots.txt asks for a crawl-delay of " + delay.toSeconds() + " s, more than the "
                        + settings.maxHostDelay().toSeconds() + " s cap: host skipped for the night";
                gate.giveUp(origin, why);
                return why;
            }
            gate.crawlDelay(origin, delay);
        }
        if (!rules.rules().isAllowed(uri.toString())) {
            return "disallowed by robots.txt";
        }
        return null;
    }

    private record Attempt(Exchange exchange, String error, int status) {
    }

    private Attempt withRetries(URI uri, String origin, Validators validators, List<Exchange> exchanges)
            throws InterruptedException {
        Duration backoff = settings.retryBackoff();
        for (int attempt = 0; ; attempt++) {
            Exchange ex;
            try {
                ex = gate.run(origin, () -> http.get(uri, validators, settings.maxBodyBytes(), false));
            } catch (IOException e) {
                String why = describe(e);
                boolean retry = retryable(e) && attempt < settings.retries();
                if (!retry) {
                    if (!(e instanceof ContentDecoder.TooLargeException)) {
                        gate.failed(origin, why);
                    }
                    return new Attempt(null, why, 0);
                }
                gate.pushBack(origin, backoff);
                backoff = backoff.multipliedBy(2);
                continue;
            }
            exchanges.add(ex);
            sink.accept(ex);
            int status = ex.status();
            if (status == 429 || status >= 500) {
                Duration retryAfter = retryAfter(ex.header("Retry-After"));
                if (retryAfter != null && retryAfter.compareTo(settings.maxRetryAfter()) > 0) {
                    String why = "HTTP " + status + " with Retry-After " + retryAfter.toSeconds() + " s, more than the "
                            + settings.maxRetryAfter().toSeconds() + " s cap: host deferred to another night";
                    gate.giveUp(origin, why);
                    return new Attempt(null, why, status);
                }
                if (attempt < settings.retries()) {
                    Duration wait = retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
                    gate.pushBack(origin, wait);
                    backoff = backoff.multipliedBy(2);
                    continue;
                }
                String why = "HTTP " + status + " after " + (attempt + 1) + " attempts";
                gate.failed(origin, why);
                return new Attempt(null, why, status);
            }
            gate.succeeded(origin);
            return new Attempt(ex, null, status);
        }
    }

    private static boolean retryable(IOException e) {
        return !(e instanceof UnknownHostException) && !(e instanceof ContentDecoder.TooLargeException)
                && !(e instanceof javax.net.ssl.SSLException);
    }

    static String describe(IOException e) {
        if (e instanceof AddressGuard.RefusedAddressException || e instanceof ContentDecoder.TooLargeException) {
            return e.getMessage();
        }
        if (e instanceof UnknownHostException) {
            return "DNS failure: unknown host " + e.getMessage();
        }
        if (e instanceof ConnectException) {
            return "connection refused: " + e.getMessage();
        }
        if (e instanceof org.apache.hc.client5.http.ConnectTimeoutException) {
            return "connect timeout: " + e.getMessage();
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return "read timeout: " + e.getMessage();
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(Instant.now(), at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private FetchResult fail(String url, String finalUrl, int status, String error, List<Exchange> exchanges) {
        return FetchResult.failed(url, finalUrl, status, clock.instant(), error, exchanges);
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean defaultPort = uri.getPort() == -1 || uri.getPort() == (scheme.equals("https") ? 443 : 80);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + uri.getPort());
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
