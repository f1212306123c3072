package org.detente.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads the records of a WARC or WARC.gz file one by one, surviving damage: a corrupt record is reported and
 * skipped by looking for the start of the next record (the next gzip member, or the next {@code WARC/1.} line), and a
 * truncated file keeps every record before the cut.
 */
public final class WarcRecords {

    /** Receives each readable record with its byte offset in the file. */
    @FunctionalInterface
    public interface Handler {
        void record(WarcRecord record, long offset) throws IOException;
    }

    /** Receives each damaged place: the byte offset and what was wrong. */
    @FunctionalInterface
    public interface DamageHandler {
        void damaged(long offset, String problem);
    }

    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

    private WarcRecords() {
    }

    /** Reads every record of the file; damaged places go to the damage handler, never stop the reading. */
    public static void read(Path file, Handler handler, DamageHandler damage) throws IOException {
        boolean gzip = startsWithGzip(file);
        long start = 0;
        while (start >= 0) {
            start = readFrom(file, start, gzip, handler, damage);
        }
    }

    /** Reads one record at an offset (as given to the handler). */
    public static <T> T readAt(Path file, long offset, RecordFunction<T> function) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(offset);
            WarcReader reader = new WarcReader(channel);
            Optional<WarcRecord> record = reader.next();
            if (record.isEmpty()) {
                throw new IOException("no WARC record at offset " + offset + " of " + file);
            }
            return function.apply(record.get());
        }
    }

    /** A function of a record that may read its body. */
    @FunctionalInterface
    public interface RecordFunction<T> {
        T apply(WarcRecord record) throws IOException;
    }

    /** Reads records from an offset until the end (returns -1) or until damage (returns where to resume). */
    private static long readFrom(Path file, long start, boolean gzip, Handler handler, DamageHandler damage)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(start);
            WarcReader reader = new WarcReader(channel);
            long lastGood = -1;
            while (true) {
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                } catch (IOException | RuntimeException e) {
                    // the damaged record starts where the next record after the last good one starts
                    long bad = lastGood < 0 ? start : next(file, lastGood + 1, gzip);
                    damage.damaged(bad < 0 ? start : bad, problem(e));
                    return bad < 0 ? -1 : next(file, bad + 1, gzip);
                }
                if (record.isEmpty()) {
                    return -1;
                }
                // jwarc counts positions from the start of the channel, not from where reading began
                long offset = record.get().position();
                lastGood = offset;
                try {
                    handler.record(record.get(), offset);
                } catch (IOException | RuntimeException e) {
                    damage.damaged(offset, problem(e));
                }
            }
        }
    }

    private static String problem(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
    }

    private static long next(Path file, long from, boolean gzip) throws IOException {
        byte[] marker = gzip ? GZIP_MAGIC : WARC_LINE;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            long base = from;
            int matched = 0;
            while (base < size) {
                buf.clear();
                int n = channel.read(buf, base);
                if (n <= 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    matched = buf.get(i) == marker[matched] ? matched + 1 : (buf.get(i) == marker[0] ? 1 : 0);
                    if (matched == marker.length) {
                        long found = base + i - marker.length + 1;
                        return gzip ? found : found + 1;
                    }
                }
                base += n;
            }
            return -1;
        }
    }

    private static boolean startsWithGzip(Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == GZIP_MAGIC[0] && head[1] == GZIP_MAGIC[1];
        }
    }
}
