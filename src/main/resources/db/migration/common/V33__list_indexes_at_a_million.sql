-- The article list at a million articles (decision 0029, EXPLAIN ANALYZE in BENCHMARKS.md):
-- sorting by pending flags walks an index that holds the id too (as V9 did for the other sorts),
-- and the "pending flags" and "duplicates" filters find their few rows, and count them, from an
-- index instead of reading the whole table.
DROP INDEX ix_article_pending_flags;
CREATE INDEX ix_article_pending_id ON article (pending_flags, id);
CREATE INDEX ix_article_duplicates_id ON article (duplicate_count, id);
