package org.detente.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the body of a file to a stream.
 *
 * <p>Exists so that {@link AtomicFiles} can own the file handling (temp file, move, clean-up) while
 * each report format only says what bytes go in. The stream must not be relied on after the call;
 * closing it is allowed and harmless.
 */
@FunctionalInterface
public interface IoWriter {

    void write(OutputStream out) throws IOException;
}
