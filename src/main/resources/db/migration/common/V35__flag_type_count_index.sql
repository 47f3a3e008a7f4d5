-- The flag-type filter matches flag_types LIKE '% TYPE %', which no B-tree can seek. Its page walks
-- the sort column's index and stops after 25 matches; its count (capped at 10,001, decision 0029)
-- read the table row by row until then (173 ms at a million articles). An index of (id,
-- flag_types) holds what that count needs: it reads the narrow index instead, without the table
-- (60 ms on the same machine, load 50; EXPLAIN ANALYZE in BENCHMARKS.md).
CREATE INDEX ix_article_id_flag_types ON article (id, flag_types);
