package org.detente.extract;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a page says about itself, each field with where it was read.
 *
 * @param title     the headline, without the site name
 * @param published publication time with the offset the page gave, empty when the page gives none
 * @param author    the author or authors, empty string when the page does not say
 * @param language  primary language subtag, {@code und} when the page does not say
 * @param canonical the canonical URL when the page names one, else the address it came from
 * @param siteName  the site name or, failing that, the host
 */
public record PageMetadata(Sourced<String> title, Optional<Sourced<OffsetDateTime>> published, Sourced<String> author,
                           Sourced<String> language, Sourced<String> canonical, Sourced<String> siteName) {

    /** Field name to source, in a fixed order: stored beside the article and printed by {@code detente extract}. */
    public Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("title", title.source());
        sources.put("published", published.map(Sourced::source).orElse("none"));
        sources.put("author", author.source());
        sources.put("language", language.source());
        sources.put("canonical", canonical.source());
        sources.put("site_name", siteName.source());
        return sources;
    }
}
