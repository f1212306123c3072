package org.detente.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes sentences that talk to the reader rather than report ("Follow our live updates below.", "Read more:",
 * "Sign up for our newsletter"), even where a site glued them onto a news paragraph.
 */
final class DropReaderPrompts implements LineRule {

    private static final String END_MARKS = ".!?”\"";
    /** A prompt, tried only where a sentence can start: at the start of the line and after an end mark and a space. */
    private static final Pattern PROMPT = Pattern.compile("(?i)\\s*("
            + "(follow|watch|read|see|get)\\s+(our|the|all)\\s+(latest\\s+)?(live\\s+)?(updates|coverage|blog|news)"
            + "|sign\\s+up\\s+(for|to)|subscribe\\s+(to|for|now)|click\\s+here|read\\s+more\\b|share\\s+this"
            + "|this\\s+(web)?site\\s+uses\\s+cookies|we\\s+use\\s+cookies"
            + "|already\\s+(have\\s+an\\s+account|a\\s+subscriber)|(log|sign)\\s+in\\s+to\\s+(continue|read)"
            + "|this\\s+(article|story|content)\\s+is\\s+(exclusive|available)\\s+(to|only)|unlock\\s+this\\s+(article|story)"
            + "|share\\s+your\\s+(story|thoughts|tips?)\\b|fill\\s+out\\s+the\\s+form\\s+below"
            + ")[^.!?]*[.!?:]?\\s*");

    @Override
    public String apply(String line) {
        Matcher prompt = PROMPT.matcher(line);
        StringBuilder kept = null;
        int copied = 0;
        for (int start = 0; start < line.length(); start = sentenceStart(line, Math.max(start + 1, copied))) {
            if (prompt.region(start, line.length()).lookingAt()) {
                kept = kept == null ? new StringBuilder(line.length()) : kept;
                kept.append(line, copied, start);
                copied = prompt.end();
            }
        }
        return kept == null ? line.strip() : kept.append(line, copied, line.length()).toString().strip();
    }

    /** The first place at or after {@code from} that follows a sentence's end mark and a space. */
    private static int sentenceStart(String line, int from) {
        for (int i = Math.max(from, 2); i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i - 1)) && END_MARKS.indexOf(line.charAt(i - 2)) >= 0) {
                return i;
            }
        }
        return line.length();
    }
}
