package org.detente.collect;

import java.time.LocalDate;
import java.util.Optional;

/** Reads the publication date of a page in the watch's time zone, so a run for a date finds its pages by index. */
@FunctionalInterface
public interface PageDater {

    Optional<LocalDate> dateOf(byte[] content, String url);
}
