package org.detente.batch;

import java.time.LocalDate;
import org.detente.archive.RawPageRepository;
import org.detente.archive.StoredArticle;
import org.detente.archive.StoredPage;
import org.detente.extract.Article;
import org.detente.extract.ArticleExtractor;
import org.detente.watch.Watch;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Reads the article of one raw page; a page that cannot be read is skipped and recorded with its URL. */
class ExtractProcessor implements ItemProcessor<Long, StoredArticle> {

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
    public StoredArticle process(Long rawPageId) {
        StoredPage page = rawPages.find(rawPageId);
        try {
            Article a = extractor.extract(page.content(), page.url());
            return new StoredArticle(0, watch.id(), date, page.id(), a.url(), a.outlet(), a.title(), a.published(),
                    a.language(), a.text(), "", a.fingerprint());
        } catch (RuntimeException | StackOverflowError e) {
            throw new SkippedItemException(page.url(), String.valueOf(e.getMessage()), e);
        }
    }
}
