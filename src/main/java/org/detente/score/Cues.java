package org.detente.score;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * The cue phrases of one modifier, written in the lexicon's pattern language, and where they are looked for
 * around a match. A cue never uses a word the rule's own pattern matched.
 */
final class Cues {

    /** How many tokens a cue may be long, at most (cues are short phrases). */
    private static final int LONGEST = 8;

    private final AnchorIndex<TokenPattern> patterns = new AnchorIndex<>();
    private final BiPredicate<Token[], Match> accept;

    Cues(String... sources) {
        this((tokens, cue) -> true, sources);
    }

    /** Cues of which only those passing {@code accept} count (e.g. not the month "May"). */
    Cues(BiPredicate<Token[], Match> accept, String... sources) {
        for (String source : sources) {
            TokenPattern pattern = PatternParser.parse(source);
            pattern.anchors().forEach(anchor -> patterns.add(anchor, pattern));
        }
        this.accept = accept;
    }

    /**
     * A cue with at most {@code window} tokens between it and the start of the match and no clause break in
     * between, or else a cue among the words a gap of the match skipped. Null when there is none.
     */
    Match near(Token[] tokens, Match match, int window) {
        Match cue = before(tokens, match, window);
        return cue != null ? cue : inside(tokens, match);
    }

    Match before(Token[] tokens, Match match, int window) {
        int lowest = Math.max(0, match.start() - window - LONGEST);
        for (int p = match.start() - 1; p >= lowest; p--) {
            if (tokens[p + 1].breakBefore()) {
                return null;
            }
            for (TokenPattern pattern : at(tokens[p].norm())) {
                Match cue = pattern.matchAt(tokens, p);
                if (cue != null && cue.end() <= match.start() && match.start() - cue.end() <= window
                        && accept.test(tokens, cue)) {
                    return cue;
                }
            }
        }
        return null;
    }

    Match inside(Token[] tokens, Match match) {
        for (int p = match.start() + 1; p < match.end(); p++) {
            if (match.consumes(p)) {
                continue;
            }
            for (TokenPattern pattern : at(tokens[p].norm())) {
                Match cue = pattern.matchAt(tokens, p);
                if (cue != null && cue.end() <= match.end() && disjoint(match, cue) && accept.test(tokens, cue)) {
                    return cue;
                }
            }
        }
        return null;
    }

    /** A cue starting at most {@code window} tokens after the match (clause breaks allowed). */
    Match after(Token[] tokens, Match match, int window) {
        for (int p = match.end(); p < tokens.length && p <= match.end() + window; p++) {
            for (TokenPattern pattern : at(tokens[p].norm())) {
                Match cue = pattern.matchAt(tokens, p);
                if (cue != null && accept.test(tokens, cue)) {
                    return cue;
                }
            }
        }
        return null;
    }

    /** A cue starting at token {@code index}, or null. */
    Match at(Token[] tokens, int index) {
        for (TokenPattern pattern : at(tokens[index].norm())) {
            Match cue = pattern.matchAt(tokens, index);
            if (cue != null && accept.test(tokens, cue)) {
                return cue;
            }
        }
        return null;
    }

    /** The cue patterns that may start at {@code word}. */
    private List<TokenPattern> at(String word) {
        List<TokenPattern> found = patterns.find(word);
        return found == null ? List.of() : found;
    }

    /** Whether none of the cue's words is one the match consumed. */
    private static boolean disjoint(Match match, Match cue) {
        for (int index : cue.consumed()) {
            if (match.consumes(index)) {
                return false;
            }
        }
        return true;
    }
}
