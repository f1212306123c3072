package org.detente.score;

import java.util.Set;

/**
 * When a broad cue (a {@code fallback} rule: one event word) may count. It is a guess from a single word, so it
 * counts only in a sentence no other rule matched, only as a plain statement of fact (a cue that any modifier would
 * change, called for, hedged, announced, only said, is dropped rather than weakened) and not after a question or
 * condition anywhere before it in the sentence ("asked whether there was a chance of reaching an agreement").
 */
final class BroadCues {

    private static final Set<String> OPEN_QUESTION = Set.of("whether", "if", "unless");

    private BroadCues() {
    }

    static boolean counts(Candidate cue, Token[] tokens, boolean readByARule) {
        if (readByARule || !cue.modifiers().isEmpty()) {
            return false;
        }
        for (int i = 0; i < cue.match().start(); i++) {
            if (OPEN_QUESTION.contains(tokens[i].norm())) {
                return false;
            }
        }
        return true;
    }
}
