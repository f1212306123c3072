package org.detente.collect;

import java.io.IOException;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Fetches the robots.txt of an origin as RFC 9309 asks: through the host's gate like any request, following up to
 * {@code max-redirects} redirects, and reading at most {@code robots-max-size} bytes of a larger file (the rules at
 * its start still apply). Every exchange goes to the web archive.
 */
final class RobotsLoader {

    private final FetchSettings settings;
    private final HostGate gate;
    private final HttpExchanger http;
    private final Consumer<Exchange> sink;

    RobotsLoader(FetchSettings settings, HostGate gate, HttpExchanger http, Consumer<Exchange> sink) {
        this.settings = settings;
        this.gate = gate;
        this.http = http;
        this.sink = sink;
    }

    RobotsCache.Robots load(String robotsUrl) throws InterruptedException {
        String current = robotsUrl;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            URI uri;
            try {
                uri = HttpFetcher.checkedUri(current);
            } catch (IllegalArgumentException e) {
                return new RobotsCache.Robots(0, null, null, e.getMessage());
            }
            Exchange ex;
            try {
                ex = gate.run(HttpFetcher.origin(uri), () -> http.get(uri, null, settings.robotsMaxBytes(), true));
            } catch (IOException e) {
                return new RobotsCache.Robots(0, null, null, HttpFetcher.describe(e));
            }
            sink.accept(ex);
            if (HttpFetcher.REDIRECTS.contains(ex.status()) && ex.header("Location") != null) {
                current = uri.resolve(ex.header("Location").strip()).toString();
                continue;
            }
            if (ex.status() >= 200 && ex.status() < 300) {
                try {
                    byte[] body = ContentDecoder.decodePrefix(ex.rawBody(), ex.header("Content-Encoding"),
                            settings.robotsMaxBytes());
                    return new RobotsCache.Robots(ex.status(), body, ex.contentType());
                } catch (IOException e) {
                    return new RobotsCache.Robots(ex.status(), new byte[0], ex.contentType());
                }
            }
            return new RobotsCache.Robots(ex.status(), null, null);
        }
        return new RobotsCache.Robots(404, null, null);   // RFC 9309: too many redirects count as unavailable (4xx)
    }
}
