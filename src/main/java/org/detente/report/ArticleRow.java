package org.detente.report;

import java.time.OffsetDateTime;

/** One article of the day as the reports list it. */
public record ArticleRow(String url, String outlet, String title, OffsetDateTime published, String language,
                         String storyId, int escalationSignals, int deEscalationSignals) {
}
