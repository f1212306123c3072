package org.detente.report;

/** A page or source that failed or was skipped, and why. */
public record FailureRow(String url, String stage, String reason) {
}
