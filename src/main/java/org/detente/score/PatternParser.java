package org.detente.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.score.TokenPattern.Element;
import org.detente.score.TokenPattern.Gap;
import org.detente.score.TokenPattern.Group;
import org.detente.score.TokenPattern.Prefix;
import org.detente.score.TokenPattern.Word;

/** Parses the lexicon's pattern language into a {@link TokenPattern}, rejecting malformed patterns. */
final class PatternParser {

    static final int MAX_GAP = 20;
    static final int MIN_STEM = 3;
    private static final Pattern CUSTOM_GAP = Pattern.compile("\\.\\.(\\d+)\\.\\.");

    private final String source;
    private int pos;

    private PatternParser(String source) {
        this.source = source;
    }

    static TokenPattern parse(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("empty pattern");
        }
        PatternParser parser = new PatternParser(source);
        List<Element> elements = parser.sequence(false);
        parser.skipSpaces();
        if (parser.pos < source.length()) {
            throw new IllegalArgumentException("unexpected '" + source.charAt(parser.pos) + "'");
        }
        checkGaps(elements);
        Set<String> anchors = new LinkedHashSet<>();
        if (addAnchors(elements, 0, anchors)) {
            throw new IllegalArgumentException("every word is optional, so the pattern can match nothing");
        }
        return new TokenPattern(source, List.copyOf(elements), Set.copyOf(anchors));
    }

    private List<Element> sequence(boolean inGroup) {
        List<Element> out = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (pos == source.length()) {
                return out;
            }
            char c = source.charAt(pos);
            if (c == ')' || c == ']' || c == '|') {
                if (!inGroup) {
                    throw new IllegalArgumentException("unbalanced '" + c + "'");
                }
                return out;
            }
            if (c == '(' || c == '[') {
                pos++;
                out.add(new Group(alternatives(c == '(' ? ')' : ']'), c == '['));
            } else if (gapAhead() != null) {
                if (inGroup) {
                    throw new IllegalArgumentException("a gap cannot stand inside ( ) or [ ]");
                }
                out.add(gap());
            } else {
                out.add(word());
            }
        }
    }

    private List<List<Element>> alternatives(char close) {
        char open = close == ')' ? '(' : '[';
        List<List<Element>> alternatives = new ArrayList<>();
        while (true) {
            List<Element> alternative = sequence(true);
            if (alternative.isEmpty()) {
                throw new IllegalArgumentException("empty alternative in '" + open + "...'");
            }
            alternatives.add(List.copyOf(alternative));
            if (pos == source.length()) {
                throw new IllegalArgumentException("unbalanced '" + open + "'");
            }
            char c = source.charAt(pos++);
            if (c == close) {
                return List.copyOf(alternatives);
            }
            if (c != '|') {
                throw new IllegalArgumentException("'" + open + "' closed by '" + c + "'");
            }
        }
    }

    /** The gap text starting at the cursor ({@code ...}, {@code …} or {@code ..N..}), or null. */
    private String gapAhead() {
        Matcher custom = CUSTOM_GAP.matcher(source).region(pos, source.length());
        if (custom.lookingAt()) {
            return custom.group();
        }
        if (source.startsWith("...", pos)) {
            return "...";
        }
        return source.startsWith("…", pos) ? "…" : null;
    }

    private Gap gap() {
        String text = gapAhead();
        pos += text.length();
        if (text.equals("...") || text.equals("…")) {
            return new Gap(TokenPattern.DEFAULT_GAP);
        }
        int max = Integer.parseInt(text.substring(2, text.length() - 2));
        if (max < 1 || max > MAX_GAP) {
            throw new IllegalArgumentException("gap bound " + max + " is not within 1.." + MAX_GAP);
        }
        return new Gap(max);
    }

    private Element word() {
        int start = pos;
        while (pos < source.length() && " \t()[]|".indexOf(source.charAt(pos)) < 0) {
            pos++;
        }
        String raw = source.substring(start, pos);
        boolean prefix = raw.endsWith("*");
        String text = prefix ? raw.substring(0, raw.length() - 1) : raw;
        if (text.contains("*")) {
            throw new IllegalArgumentException("'*' may only end a word: '" + raw + "'");
        }
        String norm = Tokenizer.normalizeWord(text);
        if (norm == null) {
            throw new IllegalArgumentException("'" + raw + "' is not a single word");
        }
        if (prefix && norm.length() < MIN_STEM) {
            throw new IllegalArgumentException("wildcard '" + raw + "' needs at least " + MIN_STEM + " letters");
        }
        return prefix ? new Prefix(norm) : new Word(norm);
    }

    private void skipSpaces() {
        while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
            pos++;
        }
    }

    private static void checkGaps(List<Element> elements) {
        if (elements.get(elements.size() - 1) instanceof Gap) {
            throw new IllegalArgumentException("a pattern cannot end with a gap");
        }
        for (int i = 1; i < elements.size(); i++) {
            if (elements.get(i) instanceof Gap && elements.get(i - 1) instanceof Gap) {
                throw new IllegalArgumentException("two gaps in a row");
            }
        }
    }

    /** Adds what {@code seq[from..]} can start with; returns true when that rest can match no token at all. */
    private static boolean addAnchors(List<Element> seq, int from, Set<String> anchors) {
        for (int i = from; i < seq.size(); i++) {
            Element e = seq.get(i);
            if (e instanceof Word w) {
                anchors.add(w.word());
                return false;
            }
            if (e instanceof Prefix p) {
                anchors.add(p.stem() + "*");
                return false;
            }
            if (e instanceof Gap) {
                throw new IllegalArgumentException("a pattern cannot start with a gap");
            }
            Group g = (Group) e;
            boolean nullable = g.optional();
            for (List<Element> alternative : g.alternatives()) {
                nullable |= addAnchors(alternative, 0, anchors);
            }
            if (!nullable) {
                return false;
            }
        }
        return true;
    }
}
