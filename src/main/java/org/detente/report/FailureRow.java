package org.detente.report;

/** A page or source that failed or was skipped, and why; {@code httpStatus} is null when no HTTP answer was involved. */
public record FailureRow(String url, String stage, String reason, Integer httpStatus) {

    public FailureRow(String url, String stage, String reason) {
        this(url, stage, reason, null);
    }
}
