-- The metadata of each article as read from its page, with where each field was read (json-ld:datePublished,
-- meta:og:title, url-path, ...), so an analyst can tell a stated date from a guessed one. Replaced with its article.
CREATE TABLE article_field (
    article_id BIGINT        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    field      VARCHAR(32)   NOT NULL,
    field_value VARCHAR(2000) NOT NULL,
    source     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (article_id, field)
);
