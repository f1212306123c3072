package org.detente.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The archived fetches of one watch and date, read back from the day's WARC files so a rerun meets exactly what the
 * first run met, failures included, without the network. A later file of the day overrides an earlier one.
 */
public final class WarcDay {

    private record Outcome(MessageHeaders fields, Instant date) {
    }

    private record At(Path file, long offset) {
    }

    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final Map<String, At> records = new HashMap<>();
    private final List<String> damage = new ArrayList<>();

    private WarcDay() {
    }

    static Path folder(Path archiveRoot, String watch, LocalDate date) {
        return archiveRoot.resolve(watch).resolve(String.format("%04d", date.getYear()));
    }

    /** The day's finished WARC files, oldest first. */
    public static List<Path> files(Path archiveRoot, String watch, LocalDate date) {
        Path dir = folder(archiveRoot, watch, date);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(date + "-\\d{3,}\\.warc\\.gz"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the web archive folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads the outcomes and record places of the day's files. */
    public static WarcDay load(Path archiveRoot, String watch, LocalDate date) throws IOException {
        WarcDay day = new WarcDay();
        for (Path file : files(archiveRoot, watch, date)) {
            WarcRecords.read(file, (record, offset) -> day.index(file, record, offset),
                    (offset, problem) -> day.damage.add(archiveRoot.relativize(file).toString().replace('\\', '/')
                            + " at byte " + offset + ": " + problem));
        }
        return day;
    }

    private void index(Path file, WarcRecord record, long offset) throws IOException {
        records.put(record.id().toString(), new At(file, offset));
        if (record instanceof WarcMetadata m) {
            outcomes.put(m.target(), new Outcome(m.fields(), m.date()));
        }
    }

    public boolean isEmpty() {
        return outcomes.isEmpty();
    }

    /** Damaged places met while reading the day's files. */
    public List<String> damage() {
        return List.copyOf(damage);
    }

    public boolean has(String url) {
        return outcomes.containsKey(url);
    }

    /** The archived outcome of a URL as the live fetch returned it, or null when the URL was not fetched that day. */
    public FetchResult replay(String url, long maxBodyBytes) throws IOException {
        Outcome o = outcomes.get(url);
        if (o == null) {
            return null;
        }
        String outcome = field(o, "outcome");
        String finalUrl = field(o, "final-url");
        int status = Integer.parseInt(field(o, "status"));
        if ("failed".equals(outcome)) {
            return FetchResult.failed(url, finalUrl, status, o.date(), field(o, "error"), List.of());
        }
        if ("not-modified".equals(outcome)) {
            At at = place(o, "body-record");
            return WarcRecords.readAt(at.file(), at.offset(), r -> new FetchResult(url, finalUrl, 304,
                    r.body().stream().readAllBytes(), r.contentType().toString(), o.date(), null, true, List.of()));
        }
        At at = place(o, "response-record");
        Exchange ex = WarcRecords.readAt(at.file(), at.offset(), r -> exchange(r, r.body().stream().readAllBytes()));
        byte[] body = ContentDecoder.decode(ex.rawBody(), ex.header("Content-Encoding"), maxBodyBytes);
        return new FetchResult(url, finalUrl, status, body, ex.contentType(), ex.fetchedAt(), null, false, List.of(ex));
    }

    private At place(Outcome o, String field) throws IOException {
        At at = records.get(field(o, field));
        if (at == null) {
            throw new IOException("the archive names record " + field(o, field) + " but does not hold it");
        }
        return at;
    }

    private static String field(Outcome o, String name) {
        return o.fields().first(name).orElse("");
    }

    /** The exchange of a response record, parsed from the HTTP message as {@link WarcDayWriter} wrote it. */
    static Exchange exchange(WarcRecord record, byte[] message) throws IOException {
        int end = indexOf(message, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IOException("response record " + record.id() + " holds no complete HTTP header");
        }
        String[] lines = new String(message, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[1].matches("\\d{3}")) {
            throw new IOException("response record " + record.id() + " has a bad status line '" + lines[0] + "'");
        }
        List<Exchange.HttpHeader> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new Exchange.HttpHeader(lines[i].substring(0, colon).strip(),
                        lines[i].substring(colon + 1).strip()));
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(message, end + 4, message.length);
        String target = record instanceof org.netpreserve.jwarc.WarcTargetRecord t ? t.target() : "";
        return new Exchange(record.id().toString(), target, Integer.parseInt(statusLine[1]),
                statusLine.length > 2 ? statusLine[2] : "", headers, body, record.date());
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
