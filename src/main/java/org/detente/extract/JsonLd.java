package org.detente.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">}, flattened out of arrays and
 * {@code @graph}, the article-like ones first. Scripts that are not valid JSON are passed over: many sites ship one
 * broken block beside good ones.
 */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(MetadataElements page) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        for (Element script : page.jsonLdScripts()) {
            try {
                collect(JSON.readTree(script.data()), articles, others);
            } catch (JsonProcessingException notJson) {
                // a broken block says nothing; the other places are tried
            }
        }
        articles.addAll(others);
        return new JsonLd(articles);
    }

    private static void collect(JsonNode node, List<JsonNode> articles, List<JsonNode> others) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, articles, others));
        } else if (node.isObject()) {
            collect(node.get("@graph"), articles, others);
            (isArticle(node) ? articles : others).add(node);
        }
    }

    private static boolean isArticle(JsonNode node) {
        String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
        return type.contains("article") || type.contains("posting") || type.contains("reportage");
    }

    /** The first text value of the field in the article-like objects first, then in the others. */
    Optional<String> text(String field) {
        for (JsonNode o : objects) {
            Optional<String> v = textOf(o.get(field));
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** The names of the article's authors (Person objects or plain strings), joined with commas. */
    Optional<String> authors() {
        for (JsonNode o : objects) {
            if (!isArticle(o) || o.get("author") == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            JsonNode author = o.get("author");
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                textOf(a.isObject() ? a.get("name") : a).ifPresent(names::add);
            }
            if (!names.isEmpty()) {
                return Optional.of(String.join(", ", names));
            }
        }
        return Optional.empty();
    }

    /** One update of a live blog as its JSON-LD gives it; fields the page leaves out are empty. */
    record LiveUpdate(String published, String headline, String body) {
    }

    /** The {@code liveBlogUpdate} items of the page's live-blog objects, in the order given. */
    List<LiveUpdate> liveBlogUpdates() {
        List<LiveUpdate> updates = new ArrayList<>();
        for (JsonNode o : objects) {
            JsonNode items = o.get("liveBlogUpdate");
            if (items == null || !o.path("@type").toString().toLowerCase(Locale.ROOT).contains("liveblog")) {
                continue;
            }
            for (JsonNode item : items.isArray() ? items : List.of(items)) {
                updates.add(new LiveUpdate(textOf(item.get("datePublished")).orElse(""),
                        textOf(item.get("headline")).orElse(""), textOf(item.get("articleBody")).orElse("")));
            }
        }
        return updates;
    }

    /** The publisher's name of the first article-like object that names one. */
    Optional<String> publisherName() {
        for (JsonNode o : objects) {
            JsonNode publisher = o.get("publisher");
            if (publisher != null && publisher.isObject()) {
                Optional<String> name = textOf(publisher.get("name"));
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> textOf(JsonNode v) {
        if (v == null) {
            return Optional.empty();
        }
        if (v.isArray()) {
            return v.isEmpty() ? Optional.empty() : textOf(v.get(0));
        }
        if (v.isTextual() && !v.asText().isBlank()) {
            return Optional.of(Parser.unescapeEntities(v.asText(), false).strip());
        }
        return Optional.empty();
    }
}
