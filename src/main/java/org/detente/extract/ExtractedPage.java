package org.detente.extract;

import java.util.List;

/**
 * A page as read, before the pipeline's checks: its metadata and main text (possibly empty).
 *
 * @param metadata what the page says about itself, with sources
 * @param text     main text, one block per line
 * @param entries  a live blog's dated entries in page order (their lines are lines of the text), empty for other pages
 */
public record ExtractedPage(PageMetadata metadata, String text, List<LiveEntry> entries) {
}
