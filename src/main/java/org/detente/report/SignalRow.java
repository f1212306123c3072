package org.detente.report;

import java.time.OffsetDateTime;
import org.detente.score.Signal;

/**
 * A signal together with the article it came from.
 *
 * @param entryTime for a live blog, the time of the entry the signal's sentence stands in; {@code null} otherwise
 */
public record SignalRow(OffsetDateTime published, String articleUrl, String outlet, String storyId, Signal signal,
                        OffsetDateTime entryTime) {

    /** A signal of an article that is not a live blog. */
    public SignalRow(OffsetDateTime published, String articleUrl, String outlet, String storyId, Signal signal) {
        this(published, articleUrl, outlet, storyId, signal, null);
    }
}
