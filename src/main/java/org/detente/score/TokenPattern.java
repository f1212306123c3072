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

    sealed interface Element permits Word, Prefix, Group, Gap, WordSet {
    }

    record Word(String word) implements Element {
    }

    record Prefix(String stem) implements Element {
    }

    record Group(List<List<Element>> alternatives, boolean optional) implements Element {
    }

    record Gap(int max) implements Element {
    }

    /**
     * A group whose alternatives are each one word or one stem, compiled to a hash lookup: one token either is in
     * the set or not, whichever alternative it is, so the match is the same as the group's.
     */
    record WordSet(Set<String> words, String[] stems, boolean optional) implements Element {

        boolean matches(String word) {
            if (words.contains(word)) {
                return true;
            }
            for (String stem : stems) {
                if (word.startsWith(stem)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String source;
    private final List<Element> elements;
    private final Set<String> anchors;

    TokenPattern(String source, List<Element> elements, Set<String> anchors) {
        this.source = source;
        this.elements = compileSets(elements);
        this.anchors = anchors;
    }

    /** The elements with every group of single words and stems replaced by a {@link WordSet}. */
    private static List<Element> compileSets(List<Element> elements) {
        List<Element> out = new java.util.ArrayList<>(elements.size());
        for (Element e : elements) {
            out.add(e instanceof Group g ? compileSet(g) : e);
        }
        return List.copyOf(out);
    }

    private static Element compileSet(Group group) {
        Set<String> words = new java.util.HashSet<>();
        List<String> stems = new java.util.ArrayList<>();
        for (List<Element> alternative : group.alternatives()) {
            if (alternative.size() == 1 && alternative.get(0) instanceof Word w) {
                words.add(w.word());
            } else if (alternative.size() == 1 && alternative.get(0) instanceof Prefix p) {
                stems.add(p.stem());
            } else {
                List<List<Element>> alternatives = group.alternatives().stream().map(TokenPattern::compileSets).toList();
                return new Group(alternatives, group.optional());
            }
        }
        return new WordSet(Set.copyOf(words), stems.toArray(String[]::new), group.optional());
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
        if (cannotStartAt(tokens, from)) {
            return null;
        }
        State state = new State(tokens);
        return matchSequence(elements, 0, from, null, state) ? state.toMatch(from) : null;
    }

    /**
     * Words one of which every match holds besides its first word: the alternatives of the last required
     * element after the first, when it is plain words (no stems). Null when there is no such element. A sentence
     * holding none of them cannot match, which is checked before matching.
     */
    Set<String> requiredLaterWords() {
        for (int i = elements.size() - 1; i > 0; i--) {
            Element e = elements.get(i);
            if (e instanceof Word w) {
                return Set.of(w.word());
            }
            if (e instanceof WordSet set && !set.optional() && set.stems().length == 0) {
                return set.words();
            }
            if (!(e instanceof Gap)) {
                return null;
            }
        }
        return null;
    }

    /** A cheap test of the first element, before any matching state is made: most words start no pattern. */
    private boolean cannotStartAt(Token[] tokens, int from) {
        Element first = elements.get(0);
        if (from >= tokens.length) {
            return true;
        }
        String word = tokens[from].norm();
        if (first instanceof Word w) {
            return !word.equals(w.word());
        }
        if (first instanceof Prefix p) {
            return !word.startsWith(p.stem());
        }
        return first instanceof WordSet set && !set.optional() && !set.matches(word);
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
        if (e instanceof WordSet set) {
            if (pos < s.tokens.length && set.matches(s.tokens[pos].norm())
                    && s.consume(pos, () -> matchSequence(seq, i + 1, pos + 1, next, s))) {
                return true;
            }
            return set.optional() && matchSequence(seq, i + 1, pos, next, s);
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
