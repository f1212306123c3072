package org.detente.report;

import java.time.OffsetDateTime;
import org.detente.score.Signal;

/** A signal together with the article it came from. */
public record SignalRow(OffsetDateTime published, String articleUrl, String outlet, String storyId, Signal signal) {
}
