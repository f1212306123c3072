package org.detente.collect;

/** A page or source that could not be collected, and why. */
public record CollectFailure(String url, String reason) {
}
