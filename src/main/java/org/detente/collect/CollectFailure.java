package org.detente.collect;

/**
 * A page or source that could not be collected, and why.
 *
 * @param httpStatus the last HTTP status received, 0 when there was none
 */
public record CollectFailure(String url, String reason, int httpStatus) {

    public CollectFailure(String url, String reason) {
        this(url, reason, 0);
    }
}
