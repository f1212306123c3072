-- The dated entries of live-blog articles, in page order: each entry's time and its paragraphs (lines of the
-- article's body). The reports date each signal of a live blog by the entry its sentence stands in.
-- Replaced with its article.
CREATE TABLE article_entry (
    article_id BIGINT                   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   INTEGER                  NOT NULL,
    entry_time TIMESTAMP WITH TIME ZONE NOT NULL,
    body       TEXT                     NOT NULL,
    PRIMARY KEY (article_id, position)
);
