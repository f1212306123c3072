package org.detente.aggregate;

import java.util.List;
import org.detente.score.Signal;

/** An article of the day with its signals, as the aggregation needs it. */
public record ScoredArticle(String storyId, String outlet, List<Signal> signals) {
}
