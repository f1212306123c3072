package org.detente.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an article from a news page: metadata first (from the untouched page), then the main text after a chain of
 * boilerplate rules. Thread-safe: it keeps no state between pages.
 */
public final class ArticleExtractor {

    private final MetadataReader metadata;
    private final PublicationDateReader dates;
    private final MainTextExtractor mainText = new MainTextExtractor();
    private final LiveBlogReader liveBlog;

    public ArticleExtractor(ZoneId zone) {
        this.metadata = new MetadataReader(zone);
        this.dates = new PublicationDateReader(zone);
        this.liveBlog = new LiveBlogReader(zone);
    }

    /** Parses the bytes in the charset of their BOM or meta tag, else UTF-8. */
    public static Document parse(byte[] html, String address) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), null, address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The publication time alone, cheap enough to run on every page of a folder when it is first collected. */
    public Optional<OffsetDateTime> publishedAt(byte[] html, String address) {
        return dates.read(parse(html, address));
    }

    /** The page's metadata and main text; the main text may be empty, the publication time missing. */
    public ExtractedPage read(byte[] html, String address) {
        Document doc = parse(html, address);
        MetadataElements elements = MetadataElements.of(doc);
        JsonLd jsonLd = JsonLd.of(elements);
        PageMetadata meta = metadata.read(doc, elements, jsonLd, address);
        MainText text = mainText.read(doc);
        List<LiveEntry> entries = liveBlog.read(text, meta.published().map(Sourced::value), jsonLd);
        return new ExtractedPage(meta, text.text(), entries);
    }

    /** An article for the pipeline: a page without a publication date or without text is refused. */
    public Article extract(byte[] html, String address) {
        ExtractedPage page = read(html, address);
        PageMetadata meta = page.metadata();
        OffsetDateTime published = meta.published()
                .orElseThrow(() -> new ExtractionException("no publication date in the page")).value();
        if (page.text().isBlank()) {
            throw new ExtractionException("no article text in the page");
        }
        return new Article(meta.canonical().value(), meta.siteName().value(), meta.title().value(), published,
                meta.language().value(), page.text(), SimHash.of(page.text()), meta.author().value(), meta.sources(),
                page.entries());
    }
}
