package org.detente.collect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.detente.watch.SourceSpec;

/**
 * Collects a date's articles from the web sources of a watch: reads each feed, sitemap (index) and listing page,
 * keeps the links published on the run date in the watch's time zone (and the undated ones, which the page's own date
 * then decides), fetches each canonical URL once, and hands back the pages and every failure with its reason.
 * A source that yields nothing for the date is reported too: an empty feed is a finding.
 */
public final class WebCollector {

    /** The pages found, and what failed or was skipped. */
    public record Result(List<CollectedPage> pages, List<CollectFailure> failures) {
    }

    private record Wanted(String source, Link link) {
    }

    private final ArchivingFetcher fetcher;
    private final ZoneId zone;
    private final PageDater dater;

    public WebCollector(ArchivingFetcher fetcher, ZoneId zone, PageDater dater) {
        this.fetcher = fetcher;
        this.zone = zone;
        this.dater = dater;
    }

    public Result collect(List<SourceSpec> sources, LocalDate date) throws InterruptedException {
        List<CollectFailure> failures = new ArrayList<>();
        for (String damage : fetcher.damage()) {
            failures.add(new CollectFailure("archive:" + damage.substring(0, damage.indexOf(" at byte ")),
                    "damaged web archive record skipped: " + damage));
        }
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        for (SourceSpec source : sources) {
            List<Link> links = links(source, date, failures);
            if (links == null) {
                continue;   // the source itself failed, recorded as such
            }
            int kept = 0;
            for (Link link : links) {
                if (!source.accepts(link.url()) || !onDate(link.published(), date)) {
                    continue;
                }
                kept++;
                wanted.putIfAbsent(UrlCanonicalizer.canonical(link.url()), new Wanted(source.name(), link));
            }
            if (kept == 0) {
                failures.add(new CollectFailure(source.url(), "source " + source.name() + " yielded no articles for "
                        + date + " (" + links.size() + " links in all)"));
            }
        }
        List<String> urls = new ArrayList<>(wanted.keySet());
        List<FetchResult> results = fetchAll(urls);
        List<CollectedPage> pages = new ArrayList<>();
        Set<String> stored = new HashSet<>();
        for (int i = 0; i < urls.size(); i++) {
            page(wanted.get(urls.get(i)), results.get(i), stored, pages, failures);
        }
        return new Result(pages, failures);
    }

    private boolean onDate(Instant published, LocalDate date) {
        return published == null || published.atZone(zone).toLocalDate().equals(date);
    }

    private List<FetchResult> fetchAll(List<String> urls) throws InterruptedException {
        return HostParallel.fetchAll(urls, fetcher.settings().parallelHosts(), fetcher::fetch);
    }

    /** The links a source offers, all dates; null when the source itself failed (recorded). */
    private List<Link> links(SourceSpec source, LocalDate date, List<CollectFailure> failures)
            throws InterruptedException {
        FetchResult doc = fetcher.fetch(source.url());
        if (!doc.ok()) {
            failures.add(new CollectFailure(source.url(), source.type() + " " + source.name() + ": " + doc.error(),
                    doc.status()));
            return null;
        }
        try {
            return switch (source.type()) {
                case "feed" -> FeedReader.read(doc.body(), doc.finalUrl()).links();
                case "listing" -> ListingReader.read(doc.body(), doc.contentType(), doc.finalUrl(), source.links());
                case "sitemap" -> sitemapLinks(source, doc, date, failures);
                default -> throw new IllegalArgumentException("not a web source type: " + source.type());
            };
        } catch (FeedReader.FeedReadException e) {
            failures.add(new CollectFailure(source.url(), source.type() + " " + source.name() + ": " + e.getMessage(),
                    doc.status()));
            return null;
        }
    }

    /** The links of a sitemap, or of the recent child sitemaps of an index (one level deep, at most max-sitemaps). */
    private List<Link> sitemapLinks(SourceSpec source, FetchResult doc, LocalDate date, List<CollectFailure> failures)
            throws FeedReader.FeedReadException, InterruptedException {
        SitemapReader.Result top = SitemapReader.read(doc.body(), doc.contentType(), doc.finalUrl());
        if (top.sitemaps().isEmpty()) {
            return top.links();
        }
        Instant since = date.minusDays(1).atStartOfDay(zone).toInstant();
        List<String> children = new ArrayList<>();
        for (SitemapReader.Child child : top.sitemaps()) {
            // a child last changed before the day began holds nothing of the day
            if ((child.lastModified() == null || !child.lastModified().isBefore(since))
                    && children.size() < fetcher.settings().maxSitemaps()) {
                children.add(child.url());
            }
        }
        List<Link> links = new ArrayList<>();
        List<FetchResult> fetched = fetchAll(children);
        for (int i = 0; i < children.size(); i++) {
            FetchResult child = fetched.get(i);
            if (!child.ok()) {
                failures.add(new CollectFailure(children.get(i), "sitemap " + source.name() + ": " + child.error(),
                        child.status()));
                continue;
            }
            try {
                links.addAll(SitemapReader.read(child.body(), child.contentType(), child.finalUrl()).links());
            } catch (FeedReader.FeedReadException e) {
                failures.add(new CollectFailure(children.get(i), "sitemap " + source.name() + ": " + e.getMessage(),
                        child.status()));
            }
        }
        return links;
    }

    private void page(Wanted w, FetchResult r, Set<String> stored, List<CollectedPage> pages,
                      List<CollectFailure> failures) {
        if (!r.ok()) {
            failures.add(new CollectFailure(r.url(), r.error(), r.status()));
            return;
        }
        if (!isHtml(r)) {
            failures.add(new CollectFailure(r.url(), "not an HTML page: " + (r.contentType().isBlank()
                    ? "no content type" : r.contentType().split(";")[0].strip()), r.status()));
            return;
        }
        if (r.body().length == 0) {
            failures.add(new CollectFailure(r.url(), "empty body", r.status()));
            return;
        }
        byte[] content = ContentDecoder.toUtf8(r.body(), r.contentType());
        String canonical = ListingReader.canonical(content, r.finalUrl());
        String url = UrlCanonicalizer.canonical(canonical != null ? canonical : r.finalUrl());
        if (!stored.add(url)) {
            return;   // the same article under another address, already taken in this run
        }
        LocalDate published = w.link().published() != null ? w.link().published().atZone(zone).toLocalDate()
                : dater.dateOf(content, url).orElse(null);
        pages.add(new CollectedPage(w.source(), url, content, FolderCollector.sha256(content), r.fetchedAt(),
                content.length, null, published));
    }

    private static boolean isHtml(FetchResult r) {
        String type = r.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            // no content type: sniff for markup, as browsers do
            String head = new String(r.body(), 0, Math.min(r.body().length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .stripLeading().toLowerCase(Locale.ROOT);
            return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("\u00ef\u00bb\u00bf<");
        }
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }
}
