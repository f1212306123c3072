package org.detente.collect;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of fetching one URL, redirects and retries included.
 *
 * @param url       the URL asked for
 * @param finalUrl  where the redirects ended
 * @param status    the last HTTP status, 0 when no response came
 * @param body      the decoded body (content encoding undone); on a 304 the body of the earlier fetch
 * @param error     why the fetch failed, or null when it succeeded
 * @param exchanges every request and response made for it, in order (none when it was refused before a request)
 */
public record FetchResult(String url, String finalUrl, int status, byte[] body, String contentType,
                          Instant fetchedAt, String error, boolean notModified, List<Exchange> exchanges) {

    public FetchResult {
        exchanges = List.copyOf(exchanges);
    }

    public boolean ok() {
        return error == null;
    }

    static FetchResult failed(String url, String finalUrl, int status, Instant at, String error,
                              List<Exchange> exchanges) {
        return new FetchResult(url, finalUrl, status, null, "", at, error, false, exchanges);
    }

    /** The last exchange, or null when no request was made. */
    public Exchange last() {
        return exchanges.isEmpty() ? null : exchanges.get(exchanges.size() - 1);
    }
}
