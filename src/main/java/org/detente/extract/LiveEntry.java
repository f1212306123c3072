package org.detente.extract;

import java.time.OffsetDateTime;

/**
 * One dated entry of a live blog: the time the page gives it and its lines of the main text.
 *
 * @param time when the entry was posted, with the page's offset
 * @param text the entry's paragraphs, one per line, as they stand in the main text
 */
public record LiveEntry(OffsetDateTime time, String text) {
}
