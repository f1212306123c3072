package org.detente.collect;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes content encodings (gzip, deflate) within a size cap, and finds the charset of a page: the BOM, then the
 * {@code Content-Type} header unless it lies, then the {@code <meta>} tag, then UTF-8 (or windows-1252 when the bytes
 * are not UTF-8).
 */
public final class ContentDecoder {

    /** The body is larger than the cap once decoded. */
    public static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int META_WINDOW = 4096;

    private ContentDecoder() {
    }

    /** The body with its content encoding undone, failing when it grows past the cap (a gzip bomb stops there). */
    public static byte[] decode(byte[] raw, String contentEncoding, long maxBytes) throws IOException {
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        InputStream in;
        switch (encoding) {
            case "", "identity" -> {
                return raw;
            }
            case "gzip", "x-gzip" -> in = new GZIPInputStream(new ByteArrayInputStream(raw));
            // servers send deflate both zlib-wrapped (as the RFC says) and raw; the first two bytes tell which
            case "deflate" -> in = new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(!isZlib(raw)));
            default -> throw new IOException("unsupported content encoding '" + contentEncoding + "'");
        }
        try (in) {
            return readCapped(in, maxBytes);
        } catch (EOFException e) {
            throw new IOException("truncated " + encoding + " body", e);
        } catch (ZipException e) {
            throw new IOException("corrupt " + encoding + " body: " + e.getMessage(), e);
        }
    }

    /** The first {@code maxBytes} of the decoded body, however large it is (robots.txt: its start still counts). */
    public static byte[] decodePrefix(byte[] raw, String contentEncoding, long maxBytes) throws IOException {
        try {
            return decode(raw, contentEncoding, maxBytes);
        } catch (TooLargeException e) {
            String encoding = contentEncoding.strip().toLowerCase(Locale.ROOT);
            InputStream in = encoding.equals("deflate")
                    ? new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(!isZlib(raw)))
                    : new GZIPInputStream(new ByteArrayInputStream(raw));
            try (in) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
            }
        }
    }

    private static boolean isZlib(byte[] raw) {
        return raw.length >= 2 && (raw[0] & 0x0f) == 8 && ((raw[0] & 0xff) << 8 | (raw[1] & 0xff)) % 31 == 0;
    }

    private static byte[] readCapped(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        long total = 0;
        for (int n; (n = in.read(buf)) != -1; ) {
            total += n;
            if (total > maxBytes) {
                throw new TooLargeException("too large: more than " + maxBytes + " bytes after decompression");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** The charset the page is written in; see the class comment for the order of the clues. */
    public static Charset charset(byte[] body, String contentType) {
        if (startsWith(body, UTF8_BOM)) {
            return StandardCharsets.UTF_8;
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xFE && (body[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xFF && (body[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        Charset header = named(find(HEADER_CHARSET, contentType));
        String head = new String(body, 0, Math.min(body.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Charset meta = named(find(META_CHARSET, head));
        boolean utf8 = isUtf8(body);
        if (header != null && !(lies(header, body, utf8) || (meta != null && meta.equals(StandardCharsets.UTF_8)
                && utf8 && !header.equals(meta) && hasNonAscii(body)))) {
            return header;
        }
        if (meta != null && !lies(meta, body, utf8)) {
            return meta;
        }
        return utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    /** The page as UTF-8 with a BOM, which every HTML parser takes over any {@code <meta>} tag in the page. */
    public static byte[] toUtf8(byte[] body, String contentType) {
        Charset cs = charset(body, contentType);
        String text = new String(body, cs);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[utf8.length + 3];
        System.arraycopy(UTF8_BOM, 0, out, 0, 3);
        System.arraycopy(utf8, 0, out, 3, utf8.length);
        return out;
    }

    private static boolean lies(Charset cs, byte[] body, boolean utf8) {
        return cs.equals(StandardCharsets.UTF_8) && !utf8;
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNonAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static String find(Pattern p, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static Charset named(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
