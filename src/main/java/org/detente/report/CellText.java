package org.detente.report;

import java.util.regex.Pattern;

/**
 * Makes untrusted web text safe to put in a CSV field or a spreadsheet cell.
 *
 * <p>Article titles, sentences and URLs come from pages anyone can write. Opened in Excel, a field that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} can run as a formula (CSV injection, see
 * OWASP), control characters can break files, and Excel refuses cells over 32,767 characters. Every text
 * value of every report goes through this class so those problems are handled in one place.
 */
public final class CellText {

    /** Excel's limit on the characters in one cell. */
    public static final int MAX_CHARS = 32_767;

    /** Ends text that was cut to {@link #MAX_CHARS}, so readers can see it is incomplete. */
    public static final String CUT_MARKER = " [cut]";

    /** Formula triggers, including the full-width forms some Excel locales also accept. */
    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    /** The OOXML escape {@code _xHHHH_}; Excel and POI decode it when reading a cell. */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");

    private CellText() {
    }

    /** Text for a CSV field: cleaned, neutralised and cut; {@code null} becomes empty. */
    public static String forCsv(String text) {
        return cut(neutralise(text, clean(text)));
    }

    /**
     * Text for an xlsx cell: as {@link #forCsv}, and a literal {@code _xHHHH_} is written as
     * {@code _x005F_xHHHH_} so Excel shows it as typed instead of decoding it to a character.
     */
    public static String forExcel(String text) {
        return cut(OOXML_ESCAPE.matcher(neutralise(text, clean(text))).replaceAll("_x005F_"));
    }

    /**
     * Keeps line feeds, turns CR LF into a line feed, tab and lone CR into spaces, and drops other
     * control characters, lone surrogates and U+FFFE/U+FFFF, none of which XML or CSV readers handle.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n') {
                out.append(c);
            } else if (c == '\t' || c == '\r') {
                out.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Prefixes {@code '} when the raw text starts with tab or CR, or the cleaned text starts (after
     * leading white space, which Excel skips) with a formula trigger.
     */
    static String neutralise(String raw, String cleaned) {
        boolean leadingControl = raw != null && !raw.isEmpty() && (raw.charAt(0) == '\t' || raw.charAt(0) == '\r');
        String trimmed = cleaned.stripLeading();
        boolean formula = !trimmed.isEmpty() && FORMULA_STARTS.indexOf(trimmed.charAt(0)) >= 0;
        return leadingControl || formula ? "'" + cleaned : cleaned;
    }

    /** Cuts to {@link #MAX_CHARS} including {@link #CUT_MARKER}, never splitting a surrogate pair. */
    static String cut(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int keep = MAX_CHARS - CUT_MARKER.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + CUT_MARKER;
    }
}
