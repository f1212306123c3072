package org.detente.archive;

import java.time.OffsetDateTime;

/** An article row: what the extractor read, where it belongs and which story it is part of. */
public record StoredArticle(long id, String watch, java.time.LocalDate runDate, long rawPageId, String url,
                            String outlet, String title, OffsetDateTime published, String language, String text,
                            String storyId, long fingerprint) {
}
