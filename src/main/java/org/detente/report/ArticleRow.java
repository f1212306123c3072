package org.detente.report;

import java.time.OffsetDateTime;

/**
 * One article of the day as the reports list it.
 *
 * @param storyOutlets every outlet that carried the article's story that day, in page order, joined with "; "
 */
public record ArticleRow(String url, String outlet, String title, OffsetDateTime published, String language,
                         String storyId, int escalationSignals, int deEscalationSignals, String storyOutlets) {
}
