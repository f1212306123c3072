package org.detente.extract;

/**
 * A page as read, before the pipeline's checks: its metadata and main text (possibly empty).
 *
 * @param metadata what the page says about itself, with sources
 * @param text     main text, one block per line
 */
public record ExtractedPage(PageMetadata metadata, String text) {
}
