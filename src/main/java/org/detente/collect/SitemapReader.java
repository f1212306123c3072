package org.detente.collect;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads sitemaps and sitemap indexes with crawler-commons (DOCTYPEs refused). An article's date is its Google News
 * {@code <news:publication_date>}, else its {@code <lastmod>}: this is how articles of past dates are found.
 */
public final class SitemapReader {

    /** A sitemap index's child sitemaps (with their lastmod, null when absent), or a sitemap's article links. */
    public record Result(List<Child> sitemaps, List<Link> links) {
    }

    /** A sitemap named by an index. */
    public record Child(String url, Instant lastModified) {
    }

    private SitemapReader() {
    }

    public static Result read(byte[] body, String contentType, String url) throws FeedReader.FeedReadException {
        SiteMapParser parser = new SiteMapParser(false, true);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(contentType == null || contentType.isBlank() ? "text/xml" : contentType, body,
                    new URL(url));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new FeedReader.FeedReadException("not a readable sitemap: "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip(), e);
        }
        if (map instanceof SiteMapIndex index) {
            List<Child> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                children.add(new Child(child.getUrl().toString(),
                        child.getLastModified() == null ? null : child.getLastModified().toInstant()));
            }
            // newest first: news sites keep years of sitemaps and the recent ones matter
            children.sort(Comparator.comparing(Child::lastModified, Comparator.nullsFirst(Comparator.reverseOrder())));
            return new Result(children, List.of());
        }
        List<Link> links = new ArrayList<>();
        for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
            links.add(new Link(u.getUrl().toString(), newsTitle(u), date(u)));
        }
        return new Result(List.of(), links);
    }

    private static Instant date(SiteMapURL u) {
        ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata m : news) {
                if (m instanceof NewsAttributes n && n.getPublicationDateTime() != null) {
                    return n.getPublicationDateTime().toInstant();
                }
            }
        }
        return u.getLastModified() == null ? null : u.getLastModified().toInstant();
    }

    private static String newsTitle(SiteMapURL u) {
        ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata m : news) {
                if (m instanceof NewsAttributes n && n.getTitle() != null) {
                    return n.getTitle().strip();
                }
            }
        }
        return "";
    }

}
