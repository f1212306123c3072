package org.detente.extract;

import java.util.regex.Pattern;

/** Short lines naming the author or the publication time belong to the metadata, not to the story. */
final class DropBylines implements LineRule {

    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(by\\s+\\p{Lu}|published\\b|updated\\b|posted\\b|last\\s+updated\\b|reporting\\s+by\\b|editing\\s+by\\b)");
    private static final int MAX_WORDS = 14;

    @Override
    public String apply(String line) {
        return BYLINE.matcher(line).find() && line.split("\\s+").length <= MAX_WORDS ? "" : line;
    }
}
