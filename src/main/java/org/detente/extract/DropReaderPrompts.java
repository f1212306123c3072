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
            + "|already\\s+(have\\s+an\\s+account|a\\s+subscriber)|(log|sign)\\s+in\\s+to\\s+(continue|read)"
            + "|this\\s+(article|story|content)\\s+is\\s+(exclusive|available)\\s+(to|only)|unlock\\s+this\\s+(article|story)"
            + "|share\\s+your\\s+(story|thoughts|tips?)\\b|fill\\s+out\\s+the\\s+form\\s+below"
            + ")[^.!?]*[.!?:]?\\s*");

    @Override
    public String apply(String line) {
        return PROMPT.matcher(line).replaceAll("").strip();
    }
}
