package org.detente.collect;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xml.sax.InputSource;

/**
 * Reads the article links of an RSS 2.0, Atom or RDF feed with Rome, which refuses DOCTYPEs (so no external
 * entity is read and no entity expansion runs). Dates are read again strictly from the XML (see {@link FeedDates}),
 * because Rome turns an impossible date such as 31 February into a real one without a word.
 */
public final class FeedReader {

    /** The feed could not be read. */
    public static final class FeedReadException extends Exception {
        FeedReadException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "updated", "date", "issued",
            "modified");

    private FeedReader() {
    }

    /** The links of the feed's items, in feed order; items without a link are left out and counted. */
    public static Result read(byte[] body, String feedUrl) throws FeedReadException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
            input.setAllowDoctypes(false);
            InputSource source = new InputSource(new ByteArrayInputStream(body));
            feed = input.build(source);
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedReadException("not a readable feed: " + oneLine(e.getMessage()), e);
        }
        List<String> rawDates = rawDates(body);
        List<SyndEntry> entries = feed.getEntries();
        boolean aligned = rawDates != null && rawDates.size() == entries.size();
        List<Link> links = new ArrayList<>();
        int withoutLink = 0;
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            String link = link(e, feedUrl);
            if (link == null) {
                withoutLink++;
                continue;
            }
            Instant published = aligned ? FeedDates.parse(rawDates.get(i)) : null;
            String title = e.getTitle() == null ? "" : e.getTitle().strip();
            links.add(new Link(link, title, published));
        }
        return new Result(links, entries.size(), withoutLink);
    }

    /** What a feed held: its links, how many items, and how many had no link. */
    public record Result(List<Link> links, int items, int withoutLink) {
    }

    private static String link(SyndEntry e, String feedUrl) {
        String link = e.getLink();
        if ((link == null || link.isBlank()) && e.getLinks() != null) {
            for (SyndLink l : e.getLinks()) {
                if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                    link = l.getHref();
                    break;
                }
            }
        }
        if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().matches("(?i)https?://.*")) {
            link = e.getUri();
        }
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return URI.create(feedUrl).resolve(link.strip().replace(" ", "%20")).toString();
        } catch (IllegalArgumentException ex) {
            return link.strip();
        }
    }

    /**
     * The first date element of each item or entry, in document order (null for an item without one); null when the
     * XML cannot be read this way. DTDs are off, so nothing external is read here either.
     */
    private static List<String> rawDates(byte[] body) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> dates = new ArrayList<>();
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            int depth = 0;
            int itemDepth = -1;
            String date = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    if (itemDepth < 0 && (name.equals("item") || name.equals("entry"))) {
                        itemDepth = depth;
                        date = null;
                    } else if (itemDepth > 0 && depth == itemDepth + 1 && date == null
                            && DATE_ELEMENTS.contains(name)) {
                        date = r.getElementText();
                        depth--;
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    if (depth == itemDepth) {
                        dates.add(date);
                        itemDepth = -1;
                    }
                    depth--;
                }
            }
            return dates;
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
    }
}
