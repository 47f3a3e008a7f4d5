-- What an import writes and reads, made cheaper (BENCHMARKS.md, end-to-end import).

-- 1. A claim candidate's typed spans move into one column of the candidate instead of a row each
-- (about 70 rows an article fewer to write at import). The spans already stored move with them.
-- Format, written and read by org.factdesk.article.ClaimSpan: per span, in order,
--   TYPE start end text;
-- with backslash and semicolon in the text escaped by a backslash. NULL: no spans.
ALTER TABLE claim_candidate ADD COLUMN spans VARCHAR(1000000);

CREATE TABLE claim_span_joined (
    claim_id BIGINT           NOT NULL PRIMARY KEY,
    spans    VARCHAR(1000000) NOT NULL
);

INSERT INTO claim_span_joined (claim_id, spans)
WITH RECURSIVE joined (claim_id, position, spans) AS (
    SELECT claim_id, position,
           CAST(type || ' ' || CAST(start_offset AS VARCHAR(11)) || ' ' || CAST(end_offset AS VARCHAR(11))
                || ' ' || REPLACE(REPLACE(text, '\', '\\'), ';', '\;') || ';' AS VARCHAR(1000000))
    FROM claim_span
    WHERE position = 0
    UNION ALL
    SELECT s.claim_id, s.position,
           CAST(j.spans || s.type || ' ' || CAST(s.start_offset AS VARCHAR(11)) || ' '
                || CAST(s.end_offset AS VARCHAR(11)) || ' '
                || REPLACE(REPLACE(s.text, '\', '\\'), ';', '\;') || ';' AS VARCHAR(1000000))
    FROM joined j
    JOIN claim_span s ON s.claim_id = j.claim_id AND s.position = j.position + 1
)
SELECT j.claim_id, j.spans
FROM joined j
WHERE NOT EXISTS (
    SELECT 1 FROM claim_span n WHERE n.claim_id = j.claim_id AND n.position = j.position + 1
);

UPDATE claim_candidate
SET spans = (SELECT j.spans FROM claim_span_joined j WHERE j.claim_id = claim_candidate.id);

DROP TABLE claim_span_joined;
DROP TABLE claim_span;

-- 2. Near-duplicate candidates are found through ix_article_band_hash (V5); the (band, band_hash)
-- index serves no query and cost 32 index entries an article.
DROP INDEX ix_article_band_lookup;
