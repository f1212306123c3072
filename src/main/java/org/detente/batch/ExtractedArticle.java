package org.detente.batch;

import java.util.Map;
import java.util.List;
import org.detente.archive.ArticleEntryRepository.Entry;
import org.detente.archive.ArticleFieldRepository.Field;
import org.detente.archive.StoredArticle;

/**
 * An article on its way from the extract processor to the writer, with its metadata fields and their sources.
 *
 * @param article the article to store
 * @param fields  field name to value and source
 * @param entries a live blog's dated entries, in page order; empty for other articles
 */
record ExtractedArticle(StoredArticle article, Map<String, Field> fields, List<Entry> entries) {
}
