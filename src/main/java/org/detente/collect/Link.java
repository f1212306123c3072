package org.detente.collect;

import java.time.Instant;

/**
 * An article link found in a feed, a sitemap or a listing page.
 *
 * @param published when the source says the article was published, or null when it does not say (or says it in a
 *                  form that is not a real date)
 */
public record Link(String url, String title, Instant published) {
}
