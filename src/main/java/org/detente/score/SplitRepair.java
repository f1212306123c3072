package org.detente.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the model's sentence splits in news copy: joins splits after an abbreviation ("Gen.", "Jan.", "U.S.")
 * or before a lowercase word, and splits where a sentence ends right before an opening quote
 * ({@code on Jan. 5. "We are ...}).
 */
final class SplitRepair {

    /** Abbreviations that never end a sentence in news copy: titles, ranks, months. */
    private static final Set<String> ALWAYS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt",
            "cmdr", "adm", "sgt", "cpl", "pvt", "sen", "rep", "gov", "pres", "prof", "rev", "st", "ft", "mt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "approx",
            "est", "dept", "gens", "sens", "reps");

    /** Abbreviations that may end a sentence: joined only when the next part starts with a lowercase letter or digit. */
    private static final Set<String> SOMETIMES = Set.of("no", "nos", "inc", "corp", "ltd", "co", "jr", "sr", "a.m",
            "p.m", "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "etc", "al", "op", "fig", "p", "pp");

    /** A period, question or exclamation mark, spaces, then an opening quote and a capital letter. */
    private static final Pattern QUOTE_START = Pattern.compile("(?<=[.!?])\\s+(?=[\"“]\\p{Lu})");

    private SplitRepair() {
    }

    static List<SentenceSpan> repair(String text, List<SentenceSpan> spans) {
        List<SentenceSpan> joined = join(text, spans);
        List<SentenceSpan> out = new ArrayList<>();
        for (SentenceSpan span : joined) {
            splitBeforeQuotes(text, span, out);
        }
        return out;
    }

    private static void splitBeforeQuotes(String text, SentenceSpan span, List<SentenceSpan> out) {
        Matcher m = QUOTE_START.matcher(text).region(span.start(), span.end());
        int start = span.start();
        while (m.find()) {
            SentenceSpan head = new SentenceSpan(start, m.start());
            if (!ALWAYS.contains(lastWord(text, head)) && !endsWithInitial(text, head)) {
                out.add(head);
                start = m.end();
            }
        }
        out.add(new SentenceSpan(start, span.end()));
    }

    private static List<SentenceSpan> join(String text, List<SentenceSpan> spans) {
        List<SentenceSpan> out = new ArrayList<>();
        for (SentenceSpan span : spans) {
            if (span.start() >= span.end()) {
                continue;
            }
            if (!out.isEmpty() && shouldJoin(text, out.get(out.size() - 1), span)) {
                SentenceSpan previous = out.remove(out.size() - 1);
                out.add(new SentenceSpan(previous.start(), span.end()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private static boolean shouldJoin(String text, SentenceSpan previous, SentenceSpan next) {
        char first = firstLetterOrDigit(text, next);
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (text.charAt(previous.end() - 1) != '.') {
            return false;
        }
        String last = lastWord(text, previous);
        if (ALWAYS.contains(last) || endsWithInitial(text, previous)) {
            return true;
        }
        return SOMETIMES.contains(last) && Character.isDigit(first);
    }

    private static char firstLetterOrDigit(String text, SentenceSpan span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    /** The word before the final period, lowercased, keeping inner periods ("u.s"). */
    private static String lastWord(String text, SentenceSpan span) {
        int end = span.end() - 1;
        int start = end;
        while (start > span.start() && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Whether the span ends with a single capital letter and a period, as in "John F. Kennedy". */
    private static boolean endsWithInitial(String text, SentenceSpan span) {
        int letter = span.end() - 2;
        return letter >= span.start() && Character.isUpperCase(text.charAt(letter))
                && (letter == span.start() || !Character.isLetter(text.charAt(letter - 1)));
    }
}
