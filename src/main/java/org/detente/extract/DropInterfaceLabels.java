package org.detente.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Lines that are the label of a control, not text ("Log in", "Share", "Advertisement", "Listen to this article"):
 * sites leave them as text where a button or an icon used to be.
 */
final class DropInterfaceLabels implements LineRule {

    private static final Set<String> LABELS = Set.of(
            "log in", "login", "sign in", "sign up", "register", "subscribe", "subscribe now", "share", "share this",
            "share this article", "share this story", "share on facebook", "share on twitter", "share on x",
            "share on linkedin", "tweet", "email", "print", "copy link", "link copied", "facebook", "twitter", "x",
            "linkedin", "whatsapp", "reddit", "pinterest", "advertisement", "advertising", "sponsored", "ad",
            "read more", "show more", "load more", "see more", "continue reading", "listen", "listen to this article",
            "comments", "leave a comment", "skip to content", "skip to main content", "back to top", "close",
            "menu", "search", "related", "related articles", "related stories", "more stories", "recommended",
            "exclusive story", "subscriber exclusive", "top stories", "trending", "most read", "most popular",
            "save", "saved", "follow", "follow us", "gift this article", "view comments", "toggle navigation");

    /** Longer than any label with room for trailing marks: such a line is text, and is not lower-cased to check. */
    private static final int MAX_LABEL_LINE = 40;

    @Override
    public String apply(String line) {
        if (line.length() > MAX_LABEL_LINE) {
            return line;
        }
        String key = line.toLowerCase(Locale.ROOT).replaceAll("[\\s:|•·>»]+$", "").strip();
        return LABELS.contains(key) ? "" : line;
    }
}
