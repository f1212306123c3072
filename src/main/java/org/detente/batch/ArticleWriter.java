package org.detente.batch;

import org.detente.archive.ArticleRepository;
import org.detente.archive.StoredArticle;
import org.detente.extract.StoryFolder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores articles in page order, folding each into the first earlier story of the day it nearly duplicates. */
class ArticleWriter implements ItemWriter<StoredArticle> {

    private final ArticleRepository articles;
    private final StoryFolder folder;
    private final PipelineMetrics metrics;

    ArticleWriter(ArticleRepository articles, StoryFolder folder, PipelineMetrics metrics) {
        this.articles = articles;
        this.folder = folder;
        this.metrics = metrics;
    }

    @Override
    public void write(Chunk<? extends StoredArticle> chunk) {
        for (StoredArticle a : chunk) {
            String story = folder.storyOf(a.fingerprint(), articles.stories(a.watch(), a.runDate()));
            articles.save(new StoredArticle(a.id(), a.watch(), a.runDate(), a.rawPageId(), a.url(), a.outlet(),
                    a.title(), a.published(), a.language(), a.text(), story, a.fingerprint()));
            metrics.articlesExtracted(a.watch(), 1);
        }
    }
}
