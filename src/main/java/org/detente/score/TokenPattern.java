package org.detente.score;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A compiled lexicon pattern over lowercased word tokens: words, {@code prefix*} wildcards, {@code (a|b)}
 * alternatives, {@code [optional]} words and bounded gaps ({@code ...} or {@code ..N..}).
 */
public final class TokenPattern {

    /** Default number of tokens a {@code ...} gap may skip. */
    public static final int DEFAULT_GAP = 6;

    sealed interface Element permits Word, Prefix, Group, Gap {
    }

    record Word(String word) implements Element {
    }

    record Prefix(String stem) implements Element {
    }

    record Group(List<List<Element>> alternatives, boolean optional) implements Element {
    }

    record Gap(int max) implements Element {
    }

    private final String source;
    private final List<Element> elements;
    private final Set<String> anchors;

    TokenPattern(String source, List<Element> elements, Set<String> anchors) {
        this.source = source;
        this.elements = elements;
        this.anchors = anchors;
    }

    /** Compiles {@code source}; throws {@link IllegalArgumentException} saying what is malformed. */
    public static TokenPattern compile(String source) {
        return PatternParser.parse(source);
    }

    /** The pattern as written in the lexicon. */
    public String source() {
        return source;
    }

    /** The words ({@code word}) and stems ({@code stem*}) a match can start with. */
    Set<String> anchors() {
        return anchors;
    }

    /** Matches starting exactly at token {@code from}; the shortest gaps win. Null when it does not match. */
    Match matchAt(Token[] tokens, int from) {
        State state = new State(tokens);
        return matchSequence(elements, 0, from, null, state) ? state.toMatch(from) : null;
    }

    /** The first match starting anywhere in {@code tokens}, or null. */
    Match find(Token[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            Match m = matchAt(tokens, i);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return source;
    }

    /** What remains to match after a group: the rest of the enclosing sequence, then its continuation. */
    private record Continuation(List<Element> sequence, int index, Continuation next) {
    }

    private static boolean matchSequence(List<Element> seq, int i, int pos, Continuation next, State s) {
        if (i == seq.size()) {
            if (next == null) {
                s.end = pos;
                return true;
            }
            return matchSequence(next.sequence(), next.index(), pos, next.next(), s);
        }
        Element e = seq.get(i);
        if (e instanceof Word w) {
            return pos < s.tokens.length && s.tokens[pos].norm().equals(w.word())
                    && s.consume(pos, () -> matchSequence(seq, i + 1, pos + 1, next, s));
        }
        if (e instanceof Prefix p) {
            return pos < s.tokens.length && s.tokens[pos].norm().startsWith(p.stem())
                    && s.consume(pos, () -> matchSequence(seq, i + 1, pos + 1, next, s));
        }
        if (e instanceof Gap g) {
            for (int skip = 0; skip <= g.max() && pos + skip <= s.tokens.length; skip++) {
                if (matchSequence(seq, i + 1, pos + skip, next, s)) {
                    return true;
                }
            }
            return false;
        }
        Group group = (Group) e;
        Continuation after = new Continuation(seq, i + 1, next);
        for (List<Element> alternative : group.alternatives()) {
            if (matchSequence(alternative, 0, pos, after, s)) {
                return true;
            }
        }
        return group.optional() && matchSequence(seq, i + 1, pos, next, s);
    }

    /** The tokens consumed so far, kept as a stack while the matcher backtracks. */
    private static final class State {
        final Token[] tokens;
        int[] consumed = new int[8];
        int depth;
        int end;

        State(Token[] tokens) {
            this.tokens = tokens;
        }

        boolean consume(int pos, java.util.function.BooleanSupplier rest) {
            if (depth == consumed.length) {
                consumed = Arrays.copyOf(consumed, depth * 2);
            }
            consumed[depth++] = pos;
            if (rest.getAsBoolean()) {
                return true;
            }
            depth--;
            return false;
        }

        Match toMatch(int start) {
            return new Match(start, end, Arrays.copyOf(consumed, depth));
        }
    }
}
