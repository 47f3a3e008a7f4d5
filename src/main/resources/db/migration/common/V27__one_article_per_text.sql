-- Coordination of imports across instances through the database (docs/decisions/0025).
--
-- One article per text: the key of an article's text (its content hash) is taken once, by the
-- first article with that text. An importer inserts the key before it stores its article; a second
-- importer of the same text, on any instance, waits for the first one's transaction and then finds
-- the key taken (the earlier article is its duplicate), or takes it if the first rolled back.
-- A table of its own rather than a unique index on article.content_hash: a database where two
-- instances already stored one text twice keeps both articles, and the key names the earlier one,
-- with the same SQL on H2 and PostgreSQL. article_id is null only inside the importing transaction.
CREATE TABLE article_text_key (
    content_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    article_id   BIGINT,
    CONSTRAINT fk_article_text_key_article FOREIGN KEY (article_id) REFERENCES article (id)
);
INSERT INTO article_text_key (content_hash, article_id)
SELECT content_hash, MIN(id) FROM article WHERE content_hash IS NOT NULL GROUP BY content_hash;

-- One import of an outlet at a time, whichever instance runs it: an import locks its outlet's row
-- (inserted on first use) until it commits, so that the outlet's line counts are read and written
-- by one import at a time.
CREATE TABLE outlet_lock (
    outlet VARCHAR(255) NOT NULL PRIMARY KEY
);
