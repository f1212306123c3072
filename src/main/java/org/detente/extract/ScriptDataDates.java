package org.detente.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A publication date that a page keeps only in its scripts: the application state that script-rendered sites ship
 * ({@code "publishDate":"2025-05-27"}, {@code "first_publication_date":"..."}, also inside a JSON string with
 * escaped quotes) or a JSON-LD block too broken to parse. Asked only when the page states no date elsewhere.
 */
final class ScriptDataDates {

    private static final Pattern DATE_KEY = Pattern.compile("\\\\?\"(datePublished|publishedDate|publishDate"
            + "|published_date|first_publication_date|date_published|publication_date|pubDate|published_at"
            + "|publishedAt)\\\\?\"\\s*:\\s*\\\\?\"([0-9][^\"\\\\]{7,40})\\\\?\"");

    private final DateParser parser;

    ScriptDataDates(DateParser parser) {
        this.parser = parser;
    }

    /** The first key's date that parses, in page order, with the key it was read from. */
    Optional<Sourced<OffsetDateTime>> read(Document doc) {
        List<Element> scripts = doc.getElementsByTag("script");
        for (Element script : scripts) {
            Matcher m = DATE_KEY.matcher(script.data());
            while (m.find()) {
                Optional<OffsetDateTime> parsed = parser.parse(m.group(2));
                if (parsed.isPresent()) {
                    return Optional.of(new Sourced<>(parsed.get(), "script:" + m.group(1)));
                }
            }
        }
        return Optional.empty();
    }
}
