package org.detente.score;

import java.util.List;
import java.util.Map;

/**
 * Who says it: a match inside quotation marks is {@code quoted}, a match in a sentence that reports speech ("the
 * ministry said", "according to officials", "told reporters") is {@code reported}; when the speaker's words name
 * one of the lexicon's sides, the side follows ({@code quoted:russia}, {@code reported:west}). Attribution does not
 * change the intensity: it tells the reader whose claim the signal is, so that a party's word about its own moves
 * can be weighed as such.
 */
final class Attribution {

    static final String QUOTED = "quoted";
    static final String REPORTED = "reported";
    /** How many words before a speech verb (back to a clause break) or after it may name the speaker. */
    static final int SPEAKER_WORDS = 8;

    private static final Cues SPEECH = new Cues(
            "(said|says|say|saying|told|tells|tell|stated|states|added|adds|announced|announces|declared|declares|"
                    + "claimed|claims|insisted|insists|stressed|stresses|noted|notes|quoted|explained|wrote|tweeted)",
            "according to");

    private final Map<String, List<TokenPattern>> sides;

    Attribution(Map<String, List<TokenPattern>> sides) {
        this.sides = sides;
    }

    /** The attribution of {@code match} in the sentence {@code text[sentence]}, or null when nobody is named as saying it. */
    String describe(String text, SentenceSpan sentence, Token[] tokens, Match match) {
        boolean quoted = insideQuotes(text, sentence.start(), tokens[match.start()].start());
        Match verb = speechVerb(tokens, match);
        if (!quoted && verb == null) {
            return null;
        }
        String form = quoted ? QUOTED : REPORTED;
        String side = verb == null ? null : side(tokens, verb, match);
        return side == null ? form : form + ":" + side;
    }

    /** A speech verb anywhere in the sentence that is not a word of the match. */
    private static Match speechVerb(Token[] tokens, Match match) {
        for (int i = 0; i < tokens.length; i++) {
            if (i >= match.start() && i < match.end()) {
                continue;
            }
            Match verb = SPEECH.at(tokens, i);
            if (verb != null && !verb.overlaps(match)) {
                return verb;
            }
        }
        return null;
    }

    /**
     * The first side named by the speaker: the words before the verb back to a clause break, else, for "according
     * to X" and an inverted ", said X", the words after it.
     */
    private String side(Token[] tokens, Match verb, Match match) {
        int from = verb.start();
        while (from > 0 && verb.start() - from < SPEAKER_WORDS && !tokens[from].breakBefore()) {
            from--;
        }
        String before = sideIn(tokens, from, verb.start(), match);
        if (before != null) {
            return before;
        }
        boolean inverted = tokens[verb.start()].norm().equals("according") || tokens[verb.start()].breakBefore();
        if (!inverted) {
            return null;
        }
        int to = verb.end();
        while (to < tokens.length && to - verb.end() < SPEAKER_WORDS && !(to > verb.end() && tokens[to].breakBefore())) {
            to++;
        }
        return sideIn(tokens, verb.end(), to, match);
    }

    private String sideIn(Token[] tokens, int from, int to, Match match) {
        for (int i = from; i < to; i++) {
            if (i >= match.start() && i < match.end()) {
                continue;
            }
            for (Map.Entry<String, List<TokenPattern>> side : sides.entrySet()) {
                for (TokenPattern pattern : side.getValue()) {
                    Match named = pattern.matchAt(tokens, i);
                    if (named != null && named.end() <= to) {
                        return side.getKey();
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code offset} lies inside double quotation marks opened in the sentence before it: curly quotes
     * open and close, straight ones alternate. Single quotes are left out: they double as apostrophes.
     */
    static boolean insideQuotes(String text, int sentenceStart, int offset) {
        int depth = 0;
        boolean straight = false;
        for (int i = sentenceStart; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                depth++;
            } else if ((c == '”' || c == '»') && depth > 0) {
                depth--;
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return depth > 0 || straight;
    }
}
