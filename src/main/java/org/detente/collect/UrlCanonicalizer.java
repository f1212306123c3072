package org.detente.collect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The canonical form of an article URL, so that one article reached from a feed and from a sitemap, with or without
 * tracking parameters, is fetched once: lowercase scheme and host, no default port, no fragment, no tracking
 * parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...), an empty path as {@code /}.
 */
public final class UrlCanonicalizer {

    private static final Pattern TRACKING = Pattern.compile(
            "(?i)utm_[a-z_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ocid|cmpid|at_medium|at_campaign"
                    + "|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|smid|xtor");

    private UrlCanonicalizer() {
    }

    /** The canonical URL, or the URL as given (trimmed) when it cannot be parsed. */
    public static String canonical(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed.replace(" ", "%20"));
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = query(uri.getRawQuery());
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (!pair.isEmpty() && !TRACKING.matcher(name).matches()) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
