package org.detente.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides whether a URL from the web may become a clickable link in the workbook.
 *
 * <p>Only plain {@code http}/{@code https} addresses that parse as URIs are linked: a {@code javascript:},
 * {@code file:} or UNC target from a hostile page must not become one click away, POI rejects addresses
 * that are not valid URIs, and Excel treats addresses over 2,079 characters as a damaged file. Anything
 * else is still shown, as plain text.
 */
final class Links {

    /** Longest hyperlink address Excel opens without repairing the file. */
    static final int MAX_ADDRESS = 2_079;

    private Links() {
    }

    static boolean linkable(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_ADDRESS) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
