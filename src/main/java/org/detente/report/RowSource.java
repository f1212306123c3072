package org.detente.report;

import java.io.IOException;
import java.util.List;

/**
 * Rows handed over one at a time, so a report can be written from a database cursor without holding a busy day's
 * rows in memory. Each call of {@link #forEach} goes through all rows again, in the same order.
 */
@FunctionalInterface
public interface RowSource<T> {

    /** Receives one row; may fail with the I/O error of the file being written. */
    @FunctionalInterface
    interface Sink<T> {
        void accept(T row) throws IOException;
    }

    void forEach(Sink<T> sink) throws IOException;

    /** Rows already in memory, for small tables and tests. */
    static <T> RowSource<T> of(List<T> rows) {
        List<T> copy = List.copyOf(rows);
        return sink -> {
            for (T row : copy) {
                sink.accept(row);
            }
        };
    }
}
