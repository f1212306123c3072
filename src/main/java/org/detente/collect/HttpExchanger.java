package org.detente.collect;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Makes one HTTP request and reads its response as received: no redirects followed, no content decoding, no retries
 * (the fetcher decides those), one connection per host, addresses checked by the guard when connecting, and the body
 * read up to a cap within the request deadline.
 */
final class HttpExchanger implements Closeable {

    private static final int BUFFER = 16384;

    private final FetchSettings settings;
    private final CloseableHttpClient client;
    private final Clock clock;

    HttpExchanger(FetchSettings settings, AddressGuard guard, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(guard)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.readTimeout())).build())
                .setMaxConnPerRoute(1)
                .setMaxConnTotal(Math.max(2, settings.parallelHosts() * 2))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setUserAgent(settings.userAgent())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.readTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(settings.requestTimeout())).build())
                .disableRedirectHandling()
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /**
     * One GET and its response, conditional when validators are given.
     *
     * @param truncateAtCap keep the first {@code maxBytes} of a larger body (robots.txt) instead of failing
     */
    Exchange get(URI uri, HttpFetcher.Validators validators, long maxBytes, boolean truncateAtCap)
            throws IOException {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        get.setHeader("Accept-Encoding", "gzip, deflate");
        if (validators != null && validators.etag() != null) {
            get.setHeader("If-None-Match", validators.etag());
        }
        if (validators != null && validators.lastModified() != null) {
            get.setHeader("If-Modified-Since", validators.lastModified());
        }
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        Instant fetchedAt = clock.instant();
        return client.execute(get, response -> read(uri, get, response, maxBytes, truncateAtCap, deadline, fetchedAt));
    }

    private Exchange read(URI uri, HttpGet request, ClassicHttpResponse response, long maxBytes,
                          boolean truncateAtCap, long deadline, Instant fetchedAt) throws IOException {
        List<Exchange.HttpHeader> headers = new ArrayList<>();
        for (Header h : response.getHeaders()) {
            headers.add(new Exchange.HttpHeader(h.getName(), h.getValue()));
        }
        byte[] body = new byte[0];
        HttpEntity entity = response.getEntity();
        if (entity != null) {
            InputStream in = entity.getContent();
            try {
                body = readBody(in, maxBytes, truncateAtCap, deadline);
            } catch (IOException e) {
                // cut the connection first: closing the stream would read the rest of a huge or dripping body
                request.cancel();
                throw e;
            }
            if (truncateAtCap && body.length >= maxBytes) {
                request.cancel();
            } else {
                in.close();
            }
        }
        return new Exchange(Exchange.newRecordId(), uri.toString(), response.getCode(), response.getReasonPhrase(),
                headers, body, fetchedAt);
    }

    private byte[] readBody(InputStream in, long maxBytes, boolean truncateAtCap, long deadline) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[BUFFER];
        long total = 0;
        for (int n; (n = in.read(buf)) != -1; ) {
            if (total + n > maxBytes) {
                if (truncateAtCap) {
                    out.write(buf, 0, (int) (maxBytes - total));
                    return out.toByteArray();
                }
                throw new ContentDecoder.TooLargeException("too large: more than " + maxBytes + " bytes");
            }
            total += n;
            out.write(buf, 0, n);
            if (System.nanoTime() > deadline) {
                throw new SocketTimeoutException("the whole request took longer than "
                        + settings.requestTimeout().toSeconds() + " s");
            }
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
