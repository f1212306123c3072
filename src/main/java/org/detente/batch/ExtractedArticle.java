package org.detente.batch;

import java.util.Map;
import org.detente.archive.ArticleFieldRepository.Field;
import org.detente.archive.StoredArticle;

/**
 * An article on its way from the extract processor to the writer, with its metadata fields and their sources.
 *
 * @param article the article to store
 * @param fields  field name to value and source
 */
record ExtractedArticle(StoredArticle article, Map<String, Field> fields) {
}
