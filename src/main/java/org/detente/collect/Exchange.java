package org.detente.collect;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One HTTP request and its response exactly as received: status, headers and the body bytes before any content
 * decoding. This is what the web archive keeps.
 *
 * @param recordId a {@code urn:uuid:} id under which the archive stores this exchange
 */
public record Exchange(String recordId, String url, int status, String reason, List<HttpHeader> headers,
                       byte[] rawBody, Instant fetchedAt) {

    /** A response header. */
    public record HttpHeader(String name, String value) {
    }

    public Exchange {
        headers = List.copyOf(headers);
    }

    static String newRecordId() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    /** The first value of a header, case-insensitively, or null. */
    public String header(String name) {
        for (HttpHeader h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    public String contentType() {
        String type = header("Content-Type");
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
    }
}
