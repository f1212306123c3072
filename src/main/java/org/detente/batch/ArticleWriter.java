package org.detente.batch;

import org.detente.archive.ArticleEntryRepository;
import org.detente.archive.ArticleFieldRepository;
import org.detente.archive.ArticleRepository;
import org.detente.archive.StoredArticle;
import org.detente.extract.StoryFolder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores articles in page order, folding each into the first earlier story of the day it nearly duplicates, with
 * the sources of their metadata fields and, for live blogs, their dated entries.
 */
class ArticleWriter implements ItemWriter<ExtractedArticle> {

    private final ArticleRepository articles;
    private final ArticleFieldRepository fields;
    private final ArticleEntryRepository entries;
    private final StoryFolder folder;
    private final PipelineMetrics metrics;

    ArticleWriter(ArticleRepository articles, ArticleFieldRepository fields, ArticleEntryRepository entries,
                  StoryFolder folder, PipelineMetrics metrics) {
        this.articles = articles;
        this.fields = fields;
        this.entries = entries;
        this.folder = folder;
        this.metrics = metrics;
    }

    @Override
    public void write(Chunk<? extends ExtractedArticle> chunk) {
        for (ExtractedArticle extracted : chunk) {
            StoredArticle a = extracted.article();
            String story = folder.storyOf(a.fingerprint(), articles.stories(a.watch(), a.runDate()));
            long id = articles.save(new StoredArticle(a.id(), a.watch(), a.runDate(), a.rawPageId(), a.url(),
                    a.outlet(), a.title(), a.published(), a.language(), a.text(), story, a.fingerprint()));
            fields.save(id, extracted.fields());
            entries.save(id, extracted.entries());
            metrics.articlesExtracted(a.watch(), 1);
        }
    }
}
