package org.detente.extract;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the dated entries of a live blog: elements side by side in one container, at least two, each holding exactly
 * one time stamp (a {@code <time datetime>}, or a bare "13:05" read on the page's publication day), where the
 * container, an element around it or the entries are named live ({@code live-blog}, {@code liveblog-entry}, ...):
 * comments and reviews are dated side by side too. Each entry gets the lines of the main text read from inside it;
 * an entry without any is left out, so a byline's published and updated times do not make a page a live blog.
 * A live blog whose markup shows no such entries may list them in its JSON-LD instead ({@code liveBlogUpdate}).
 */
final class LiveBlogReader {

    private static final int MIN_ENTRIES = 2;
    private static final Pattern CLOCK = Pattern.compile("(?i)\\s*([01]?\\d|2[0-3])[:.]([0-5]\\d)\\s*(am|pm)?\\s*");
    /** Shorter lines ("Advertisement", a one-word heading) say too little to place in an update. */
    private static final int MIN_MATCHED_LINE = 20;
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");
    private static final Pattern NAME_WORDS = Pattern.compile("[\\s_-]+");
    private static final Set<String> CLOCK_TAGS = Set.of("time", "span", "small", "div", "p");

    private final DateParser dates;

    LiveBlogReader(ZoneId zone) {
        this.dates = new DateParser(zone);
    }

    private record Stamp(Element element, OffsetDateTime time) {
    }

    /** The entries as the markup shows them, else as the page's JSON-LD lists its live-blog updates. */
    List<LiveEntry> read(MainText text, Optional<OffsetDateTime> published, JsonLd jsonLd) {
        List<LiveEntry> marked = fromMarkup(text, published);
        return marked.isEmpty() ? fromJsonLd(text, jsonLd) : marked;
    }

    /**
     * A live blog that dates its entries only in its JSON-LD ({@code liveBlogUpdate}): each update with a date and
     * some text is an entry, whose text is the main-text lines its body holds (the update's own text when none
     * does, as when the page shows only its latest entries).
     */
    private List<LiveEntry> fromJsonLd(MainText text, JsonLd jsonLd) {
        List<LiveEntry> found = new ArrayList<>();
        for (JsonLd.LiveUpdate update : jsonLd.liveBlogUpdates()) {
            Optional<OffsetDateTime> time = dates.parse(update.published());
            String own = (collapse(update.headline()) + "\n" + collapse(update.body())).strip();
            if (time.isPresent() && !own.isEmpty()) {
                String lines = linesWithin(text, collapse(update.headline()) + " " + collapse(update.body()));
                found.add(new LiveEntry(time.get(), lines.isEmpty() ? own : lines));
            }
        }
        return found.size() >= MIN_ENTRIES ? found : List.of();
    }

    private static String linesWithin(MainText text, String body) {
        StringBuilder lines = new StringBuilder();
        for (MainText.Line line : text.lines()) {
            if (line.text().length() >= MIN_MATCHED_LINE && body.contains(line.text())) {
                lines.append(lines.isEmpty() ? "" : "\n").append(line.text());
            }
        }
        return lines.toString();
    }

    private static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private List<LiveEntry> fromMarkup(MainText text, Optional<OffsetDateTime> published) {
        Element root = text.root();
        List<Stamp> stamps = stamps(root, published);
        if (stamps.size() < MIN_ENTRIES) {
            return List.of();
        }
        Map<Element, Stamp> entries = entries(root, stamps);
        if (entries.isEmpty() || !namedLive(entries.keySet().iterator().next())) {
            return List.of();
        }
        Map<Element, String> texts = entryTexts(text, entries);
        List<LiveEntry> found = new ArrayList<>();
        entries.forEach((entry, stamp) -> {
            if (texts.containsKey(entry)) {
                found.add(new LiveEntry(stamp.time(), texts.get(entry)));
            }
        });
        return found.size() >= MIN_ENTRIES ? found : List.of();
    }

    /** The main-text lines read from inside each entry, joined; entries without any are absent. */
    private static Map<Element, String> entryTexts(MainText text, Map<Element, Stamp> entries) {
        Map<Element, StringBuilder> texts = new IdentityHashMap<>();
        for (MainText.Line line : text.lines()) {
            Element entry = enclosing(line.element(), entries, text.root());
            if (entry != null) {
                StringBuilder t = texts.computeIfAbsent(entry, e -> new StringBuilder());
                t.append(t.isEmpty() ? "" : "\n").append(line.text());
            }
        }
        Map<Element, String> joined = new IdentityHashMap<>();
        texts.forEach((entry, t) -> joined.put(entry, t.toString()));
        return joined;
    }

    /** The time stamps of the page, in page order. */
    private List<Stamp> stamps(Element root, Optional<OffsetDateTime> published) {
        List<Stamp> stamps = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                stamp(e, published).ifPresent(time -> stamps.add(new Stamp(e, time)));
            }
        }, root);
        return stamps;
    }

    private Optional<OffsetDateTime> stamp(Element e, Optional<OffsetDateTime> published) {
        if (e.nameIs("time") && e.hasAttr("datetime")) {
            Optional<OffsetDateTime> time = dates.parse(e.attr("datetime"));
            if (time.isPresent()) {
                return time;
            }
        }
        if (published.isEmpty() || !CLOCK_TAGS.contains(e.normalName()) || !DropTimeStamps.holdsOneTextOnly(e)) {
            return Optional.empty();
        }
        Matcher clock = CLOCK.matcher(e.text());
        return clock.matches() ? onPublicationDay(clock, published.get()) : Optional.empty();
    }

    private static Optional<OffsetDateTime> onPublicationDay(Matcher clock, OffsetDateTime published) {
        int hour = Integer.parseInt(clock.group(1));
        String half = clock.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.equalsIgnoreCase("pm") ? 12 : 0);
        }
        try {
            return Optional.of(published.with(LocalTime.of(hour, Integer.parseInt(clock.group(2)))));
        } catch (DateTimeException notATime) {
            return Optional.empty();
        }
    }

    /**
     * Each stamp's entry: the largest element around it that holds no other stamp. Of those, the ones that share
     * the container holding most of them, in page order.
     */
    private static Map<Element, Stamp> entries(Element root, List<Stamp> stamps) {
        Map<Element, Integer> stampsWithin = new IdentityHashMap<>();
        for (Stamp stamp : stamps) {
            for (Element e = stamp.element(); e != null && e != root; e = e.parent()) {
                stampsWithin.merge(e, 1, Integer::sum);
            }
        }
        // Jsoup elements are equal only to themselves, so these maps keep page order without mixing up elements
        Map<Element, Map<Element, Stamp>> byContainer = new LinkedHashMap<>();
        for (Stamp stamp : stamps) {
            Element entry = stamp.element();
            while (entry.parent() != null && entry.parent() != root && stampsWithin.get(entry.parent()) == 1) {
                entry = entry.parent();
            }
            byContainer.computeIfAbsent(entry.parent(), c -> new LinkedHashMap<>()).put(entry, stamp);
        }
        Map<Element, Stamp> best = Map.of();
        for (Map<Element, Stamp> entries : byContainer.values()) {
            if (entries.size() > best.size()) {
                best = entries;
            }
        }
        return best;
    }

    /** Whether the entry, or an element around it, has a class or id with a word starting "live". */
    private static boolean namedLive(Element entry) {
        for (Element e = entry; e != null; e = e.parent()) {
            if (hasLiveWord(e.className()) || hasLiveWord(e.id())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLiveWord(String names) {
        for (String word : NAME_WORDS.split(names.toLowerCase(Locale.ROOT))) {
            if (word.startsWith("live")) {
                return true;
            }
        }
        return false;
    }

    private static Element enclosing(Element e, Map<Element, Stamp> entries, Element root) {
        for (Element a = e; a != null && a != root; a = a.parent()) {
            if (entries.containsKey(a)) {
                return a;
            }
        }
        return null;
    }
}
