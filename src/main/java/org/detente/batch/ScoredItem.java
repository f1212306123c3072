package org.detente.batch;

import java.util.List;
import org.detente.archive.StoredArticle;
import org.detente.score.Signal;

/** An article and the signals the scorer found in it. */
record ScoredItem(StoredArticle article, List<Signal> signals) {
}
