package org.detente.score;

import java.util.Arrays;

/**
 * Where a pattern matched in a sentence's tokens.
 *
 * @param start     index of the first matched token
 * @param end       index after the last matched token
 * @param consumed  indexes of the tokens the pattern's words matched, ascending; the other tokens in
 *                  {@code [start, end)} were skipped by gaps
 */
record Match(int start, int end, int[] consumed) {

    /** Whether the token at {@code index} was matched by a word of the pattern (not skipped by a gap). */
    boolean consumes(int index) {
        return Arrays.binarySearch(consumed, index) >= 0;
    }

    /** How many tokens the pattern's words matched: the more, the more specific the match. */
    int specificity() {
        return consumed.length;
    }

    boolean overlaps(Match other) {
        return start < other.end && other.start < end;
    }

    boolean contains(Match other) {
        return start <= other.start && other.end <= end;
    }
}
