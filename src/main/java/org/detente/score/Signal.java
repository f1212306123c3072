package org.detente.score;

import java.util.List;

/**
 * One sentence-level finding.
 *
 * @param category   lexicon category, e.g. {@code military-posture}
 * @param direction  escalation or de-escalation
 * @param intensity  -10..+10 after modifiers; negative escalates, positive de-escalates
 * @param sentence   the whole sentence the signal was found in
 * @param start      offset of the evidence in the scored text (inclusive)
 * @param end        offset of the evidence in the scored text (exclusive)
 * @param evidence   the matched words, {@code text.substring(start, end)}
 * @param rule       id of the lexicon rule that fired
 * @param modifiers  modifiers that changed the signal, e.g. {@code hedged}, {@code future}
 */
public record Signal(String category, Direction direction, double intensity, String sentence,
                     int start, int end, String evidence, String rule, List<String> modifiers) {

    public Signal {
        modifiers = List.copyOf(modifiers);
    }
}
