package org.detente.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Splits a sentence into lowercased word tokens with their offsets, normalising contractions. */
final class Tokenizer {

    private static final String BREAKS = ",;:()[]{}\"“”«»‘’—–…";
    private static final Map<String, String> CLITICS =
            Map.of("'s", "'s", "'ll", "will", "'re", "are", "'ve", "have", "'m", "am", "'d", "'d");
    private static final Map<String, String> NEGATED_STEMS =
            Map.of("wo", "will", "ca", "can", "sha", "shall", "ai", "is");

    private Tokenizer() {
    }

    /** Tokenizes {@code text[from, to)}; offsets of the tokens are offsets in {@code text}. */
    static Token[] tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        boolean pendingBreak = false;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                pendingBreak |= isBreak(text, i, to);
                i++;
                continue;
            }
            int end = wordEnd(text, i, to);
            addWord(text, i, end, pendingBreak, out);
            pendingBreak = false;
            i = end;
        }
        return out.toArray(new Token[0]);
    }

    /** Normalises a single word of a pattern the way the text is normalised; null when it is not one word. */
    static String normalizeWord(String word) {
        Token[] tokens = tokenize(word, 0, word.length());
        if (tokens.length == 1 && tokens[0].start() == 0 && tokens[0].end() == word.length()) {
            return tokens[0].norm();
        }
        return CLITICS.get(lower(word));
    }

    private static boolean isBreak(String text, int i, int to) {
        char c = text.charAt(i);
        if (BREAKS.indexOf(c) >= 0) {
            return true;
        }
        // a hyphen standing alone between spaces is a dash
        return c == '-' && i > 0 && i + 1 < to && Character.isWhitespace(text.charAt(i - 1))
                && Character.isWhitespace(text.charAt(i + 1));
    }

    /** A word runs over letters and digits joined by single inner hyphens, dots or apostrophes. */
    private static int wordEnd(String text, int start, int to) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if (isJoiner(c) && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\u2011' || c == '.' || c == '\'' || c == '’';
    }

    private static void addWord(String text, int start, int end, boolean breakBefore, List<Token> out) {
        String word = lower(text.substring(start, end));
        boolean cap = Character.isUpperCase(text.charAt(start));
        if (word.length() > 3 && word.endsWith("n't")) {
            int split = end - 3;
            String stem = word.substring(0, word.length() - 3);
            out.add(new Token(NEGATED_STEMS.getOrDefault(stem, stem), start, split, breakBefore, cap));
            out.add(new Token("not", split, end, false, false));
            return;
        }
        if (word.equals("n't")) {
            out.add(new Token("not", start, end, breakBefore, false));
            return;
        }
        if (word.equals("cannot")) {
            out.add(new Token("can", start, start + 3, breakBefore, cap));
            out.add(new Token("not", start + 3, end, false, false));
            return;
        }
        int apostrophe = word.lastIndexOf('\'');
        if (apostrophe > 0 && CLITICS.containsKey(word.substring(apostrophe))) {
            int split = start + apostrophe;
            out.add(new Token(word.substring(0, apostrophe), start, split, breakBefore, cap));
            out.add(new Token(CLITICS.get(word.substring(apostrophe)), split, end, false, false));
            return;
        }
        out.add(new Token(word, start, end, breakBefore, cap));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u2011', '-');
    }
}
