package org.detente.collect;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes one run's exchanges and fetch outcomes to a new WARC file of the day. The file is written as
 * {@code <name>.open} and renamed when closed, so a reader never takes a half-written file for a whole one.
 *
 * <p>Each HTTP exchange is a {@code response} record (headers and body exactly as received, with the chunked
 * transfer coding removed). Each fetched URL also gets a {@code metadata} record, its outcome, naming the response
 * it ended with or the error it ended in, so that a rerun from the archive meets the same failures as the live run.
 */
public final class WarcDayWriter implements Closeable {

    /** Where a record was written: the file (relative to the archive folder) and its byte offset. */
    public record Location(String file, long offset) {
    }

    static final MediaType FIELDS = MediaType.parse("application/warc-fields");

    private final Path archiveRoot;
    private final Path target;
    private final Path open;
    private final FileChannel channel;
    private final WarcWriter writer;
    private final Map<String, Location> locations = new LinkedHashMap<>();

    private WarcDayWriter(Path archiveRoot, Path target) throws IOException {
        this.archiveRoot = archiveRoot;
        this.target = target;
        this.open = target.resolveSibling(target.getFileName() + ".open");
        Files.createDirectories(target.getParent());
        this.channel = FileChannel.open(open, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        this.writer = new WarcWriter(channel, WarcCompression.GZIP);
    }

    /** Opens the next file of the day: {@code <watch>/<yyyy>/<date>-<nnn>.warc.gz} under the archive folder. */
    public static WarcDayWriter openNext(Path archiveRoot, String watch, java.time.LocalDate date) throws IOException {
        Path dir = WarcDay.folder(archiveRoot, watch, date);
        int next = WarcDay.files(archiveRoot, watch, date).size() + 1;
        Path file;
        do {
            file = dir.resolve(String.format("%s-%03d.warc.gz", date, next++));
        } while (Files.exists(file));
        return new WarcDayWriter(archiveRoot, file);
    }

    public Path file() {
        return target;
    }

    /** Writes the response of one exchange and remembers where. */
    public synchronized Location write(Exchange ex) {
        try {
            long offset = writer.position();
            writer.write(new WarcResponse.Builder(URI.create(ex.url()))
                    .recordId(URI.create(ex.recordId()))
                    .date(ex.fetchedAt())
                    .body(MediaType.HTTP_RESPONSE, httpMessage(ex))
                    .build());
            Location at = new Location(relative(), offset);
            locations.put(ex.recordId(), at);
            return at;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the web archive " + open + ": " + e.getMessage(), e);
        }
    }

    /** Writes the outcome of a fetch; for a 304 the body reused from the earlier fetch is written with it. */
    public synchronized Location outcome(FetchResult result) {
        try {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("outcome", List.of(result.ok() ? (result.notModified() ? "not-modified" : "ok") : "failed"));
            fields.put("status", List.of(Integer.toString(result.status())));
            fields.put("final-url", List.of(result.finalUrl()));
            if (!result.ok()) {
                fields.put("error", List.of(result.error().replaceAll("\\s+", " ")));
            }
            if (result.notModified()) {
                String id = Exchange.newRecordId();
                writer.write(new WarcResource.Builder(URI.create(result.finalUrl())).recordId(URI.create(id))
                        .date(result.fetchedAt())
                        .body(MediaType.parse(result.contentType().isBlank() ? "application/octet-stream"
                                : result.contentType().replaceAll("\\s+", "")), result.body())
                        .build());
                fields.put("body-record", List.of(id));
            } else if (result.ok() && result.last() != null) {
                fields.put("response-record", List.of(result.last().recordId()));
            }
            long offset = writer.position();
            writer.write(new WarcMetadata.Builder().targetURI(URI.create(result.url())).date(result.fetchedAt())
                    .fields(fields).build());
            return new Location(relative(), offset);
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException("cannot write to the web archive " + open + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** Where the response with this record id was written by this writer, or null. */
    public synchronized Location location(String recordId) {
        return locations.get(recordId);
    }

    private String relative() {
        return archiveRoot.relativize(target).toString().replace('\\', '/');
    }

    /** The HTTP response as received: status line, headers (no Transfer-Encoding: the body is de-chunked), body. */
    static byte[] httpMessage(Exchange ex) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(ex.status());
        if (ex.reason() != null && !ex.reason().isBlank()) {
            head.append(' ').append(ex.reason().replaceAll("[\\r\\n]", " "));
        }
        head.append("\r\n");
        for (Exchange.HttpHeader h : ex.headers()) {
            if (!h.name().equalsIgnoreCase("Transfer-Encoding")) {
                head.append(h.name()).append(": ").append(h.value().replaceAll("[\\r\\n]", " ")).append("\r\n");
            }
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(ex.rawBody());
        return out.toByteArray();
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
        channel.close();
        Files.move(open, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
