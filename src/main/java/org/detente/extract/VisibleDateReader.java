package org.detente.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The date a page shows its reader ("Dec 12, 2025", "25 August 2024") in an element whose class or id says it holds
 * a date: the last resort when the page's metadata names none. English month names only.
 */
final class VisibleDateReader {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final int MAX_TEXT = 80;
    private static final Evaluator DATED = QueryParser.parse(
            "[class*=date], [id*=date], [class*=publish], [class*=posted], [class*=meta]");

    private final ZoneId zone;

    VisibleDateReader(ZoneId zone) {
        this.zone = zone;
    }

    Optional<OffsetDateTime> read(Document doc) {
        for (Element e : doc.select(DATED)) {
            if (!longerThan(e, MAX_TEXT)) {
                String text = e.text();
                Optional<LocalDate> day = parse(text);
                if (day.isPresent()) {
                    return Optional.of(day.get().atStartOfDay(zone).toOffsetDateTime());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the element's text has more than {@code limit} characters other than spaces (so its text is longer),
     * found without building the text: the elements named for dates include whole article wrappers.
     */
    private static boolean longerThan(Element e, int limit) {
        int[] chars = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    for (int i = 0; i < text.length(); i++) {
                        if (!Character.isWhitespace(text.charAt(i)) && ++chars[0] > limit) {
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return chars[0] > limit;
    }

    static Optional<LocalDate> parse(String text) {
        Matcher m = MONTH_FIRST.matcher(text);
        if (m.find()) {
            return day(m.group(3), m.group(1), m.group(2));
        }
        m = DAY_FIRST.matcher(text);
        return m.find() ? day(m.group(3), m.group(2), m.group(1)) : Optional.empty();
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year),
                    MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT)), Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
