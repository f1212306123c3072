package org.detente.collect;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A page as it was found, before anything is read from it but its publication date.
 *
 * @param url           where it came from: an http(s) address, or {@code file:} and its path under the jobs folder
 * @param publishedDate the publication date in the watch's time zone, or null when the page names none
 */
public record CollectedPage(String source, String url, byte[] content, String sha256, Instant fetchedAt,
                            long originSize, Instant originModified, LocalDate publishedDate) {
}
