-- The article list sorts by a column and then by id, so that pages never overlap: indexes that
-- hold both let a page stop after its rows instead of sorting every match (measured on 100,000
-- articles, see BENCHMARKS.md). Titles sort by a short lower-case key, which every database can
-- index whatever the title's length.
ALTER TABLE article ADD COLUMN title_key VARCHAR(200);
UPDATE article SET title_key = LOWER(SUBSTR(title, 1, 200)) WHERE title IS NOT NULL;

DROP INDEX ix_article_state_created;
DROP INDEX ix_article_created_at;
DROP INDEX ix_article_outlet;
DROP INDEX ix_article_published;

CREATE INDEX ix_article_created_id ON article (created_at, id);
CREATE INDEX ix_article_state_created_id ON article (state, created_at, id);
CREATE INDEX ix_article_outlet_created_id ON article (outlet, created_at, id);
CREATE INDEX ix_article_published_id ON article (published, id);
CREATE INDEX ix_article_title_key_id ON article (title_key, id);
