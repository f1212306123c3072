package org.detente.collect;

import java.time.Instant;

/** Size and modification time of a file already collected: unchanged files are not read again. */
public record FileStamp(long size, Instant modified) {
}
