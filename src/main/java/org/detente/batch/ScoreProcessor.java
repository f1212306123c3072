package org.detente.batch;

import org.detente.archive.ArticleRepository;
import org.detente.archive.StoredArticle;
import org.detente.score.SignalScorer;
import org.detente.watch.Watch;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Scores one article's text. */
class ScoreProcessor implements ItemProcessor<Long, ScoredItem> {

    private final Watch watch;
    private final ArticleRepository articles;
    private final SignalScorer scorer;

    ScoreProcessor(Watch watch, ArticleRepository articles, SignalScorer scorer) {
        this.watch = watch;
        this.articles = articles;
        this.scorer = scorer;
    }

    @Override
    public ScoredItem process(Long articleId) {
        StoredArticle article = articles.find(articleId, watch.timezone());
        try {
            return new ScoredItem(article, scorer.score(article.text()));
        } catch (RuntimeException e) {
            throw new SkippedItemException(article.url(), String.valueOf(e.getMessage()), e);
        }
    }
}
