package org.detente.report;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Replaces a file all at once or not at all.
 *
 * <p>Analysts and scripts may open a report while the pipeline rewrites it, and a run can fail half-way.
 * Writing to a temp file in the same folder and renaming it over the target means readers see either the
 * old complete file or the new complete file, never a torn one. The temp file is created with the
 * ordinary default permissions (not the owner-only ones of {@code Files.createTempFile}) so the report
 * stays readable by whoever could read the previous one.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} with the bytes {@code body} produces, creating parent folders as needed.
     * If {@code body} or anything after it fails, the temp file is deleted, the previous content of
     * {@code target} (if any) is left untouched, and the exception is rethrown.
     */
    public static void write(Path target, IoWriter body) throws IOException {
        Path file = target.toAbsolutePath();
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, CREATE_NEW, WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                body.write(new KeepOpen(out));
                out.flush();
                channel.force(true);
            }
            Files.move(temp, file, ATOMIC_MOVE, REPLACE_EXISTING);
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    /** Lets writers close "their" stream (as CSV and POI writers like to) without closing ours early. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
