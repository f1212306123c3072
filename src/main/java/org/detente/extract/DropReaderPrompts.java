package org.detente.extract;

import java.util.regex.Pattern;

/**
 * Removes sentences that talk to the reader rather than report ("Follow our live updates below.", "Read more:",
 * "Sign up for our newsletter"), even where a site glued them onto a news paragraph.
 */
final class DropReaderPrompts implements LineRule {

    private static final Pattern PROMPT = Pattern.compile("(?i)(^|(?<=[.!?”\"]\\s))\\s*("
            + "(follow|watch|read|see|get)\\s+(our|the|all)\\s+(latest\\s+)?(live\\s+)?(updates|coverage|blog|news)"
            + "|sign\\s+up\\s+(for|to)|subscribe\\s+(to|for|now)|click\\s+here|read\\s+more\\b|share\\s+this"
            + "|this\\s+(web)?site\\s+uses\\s+cookies|we\\s+use\\s+cookies"
            + ")[^.!?]*[.!?:]?\\s*");

    @Override
    public String apply(String line) {
        return PROMPT.matcher(line).replaceAll("").strip();
    }
}
