package org.detente.archive;

/** A raw page read back from the archive. */
public record StoredPage(long id, String source, String url, byte[] content) {
}
