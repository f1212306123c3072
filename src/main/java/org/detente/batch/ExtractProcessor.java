package org.detente.batch;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.detente.archive.ArticleEntryRepository.Entry;
import org.detente.archive.ArticleFieldRepository.Field;
import org.detente.archive.RawPageRepository;
import org.detente.archive.StoredArticle;
import org.detente.archive.StoredPage;
import org.detente.extract.Article;
import org.detente.extract.ArticleExtractor;
import org.detente.watch.Watch;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Reads the article of one raw page; a page that cannot be read is skipped and recorded with its URL. */
class ExtractProcessor implements ItemProcessor<Long, ExtractedArticle> {

    private final Watch watch;
    private final LocalDate date;
    private final RawPageRepository rawPages;
    private final ArticleExtractor extractor;

    ExtractProcessor(Watch watch, LocalDate date, RawPageRepository rawPages) {
        this.watch = watch;
        this.date = date;
        this.rawPages = rawPages;
        this.extractor = new ArticleExtractor(watch.timezone());
    }

    @Override
    public ExtractedArticle process(Long rawPageId) {
        StoredPage page = rawPages.find(rawPageId);
        try {
            Article a = extractor.extract(page.content(), page.url());
            StoredArticle stored = new StoredArticle(0, watch.id(), date, page.id(), a.url(), a.outlet(), a.title(),
                    a.published(), a.language(), a.text(), "", a.fingerprint());
            List<Entry> entries = a.entries().stream().map(e -> new Entry(e.time(), e.text())).toList();
            return new ExtractedArticle(stored, fields(a), entries);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SkippedItemException(page.url(), String.valueOf(e.getMessage()), e);
        }
    }

    private static Map<String, Field> fields(Article a) {
        Map<String, String> sources = a.sources();
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("title", new Field(a.title(), sources.get("title")));
        fields.put("published", new Field(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.published()),
                sources.get("published")));
        fields.put("author", new Field(a.author(), sources.get("author")));
        fields.put("language", new Field(a.language(), sources.get("language")));
        fields.put("canonical", new Field(a.url(), sources.get("canonical")));
        fields.put("site_name", new Field(a.outlet(), sources.get("site_name")));
        return fields;
    }
}
