package org.detente.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the extractor read from one page.
 *
 * @param url         the canonical URL when the page names one, else the address it came from
 * @param outlet      the site name (og:site_name, JSON-LD publisher) or, failing that, the host
 * @param title       the headline, without the site name
 * @param published   publication time with the offset the page gave
 * @param language    primary language subtag, {@code und} when the page does not say
 * @param text        main text, one paragraph per line
 * @param fingerprint SimHash of the text, for folding near-duplicate stories
 * @param author      the author or authors, empty when the page does not say
 * @param sources     where each metadata field was read (field name to source), see {@link PageMetadata#sources()}
 * @param entries     a live blog's dated entries in page order (their lines are lines of the text), else empty
 */
public record Article(String url, String outlet, String title, OffsetDateTime published, String language,
                      String text, long fingerprint, String author, Map<String, String> sources,
                      List<LiveEntry> entries) {
}
