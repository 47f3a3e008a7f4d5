-- The editor's dashboard and the list's date range at a million articles (decision 0036).
--
-- 1. Two more counts kept by the article trigger of V34, so that the dashboard reads no table:
--    'article.ready_reviewer': READY articles per reviewer ('' when none), for "ready for you to
--      approve" under the four-eyes rule (READY articles minus those you reviewed yourself);
--    'article.day': articles per day of import (UTC, yyyy-MM-dd), for the imports chart.
CREATE OR REPLACE FUNCTION count_article() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF TG_OP = 'DELETE' OR OLD.state IS DISTINCT FROM NEW.state THEN
            INSERT INTO statistic_count (name, value, n) VALUES ('article.state', OLD.state, -1);
        END IF;
        IF OLD.outlet IS NOT NULL AND (TG_OP = 'DELETE' OR OLD.outlet IS DISTINCT FROM NEW.outlet) THEN
            INSERT INTO statistic_count (name, value, n) VALUES ('article.outlet', OLD.outlet, -1);
        END IF;
        IF OLD.state = 'READY' THEN
            INSERT INTO statistic_count (name, value, n)
            VALUES ('article.ready_reviewer', COALESCE(OLD.reviewed_by, ''), -1);
        END IF;
        IF TG_OP = 'DELETE' THEN
            INSERT INTO statistic_count (name, value, n)
            VALUES ('article.day', to_char(OLD.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF TG_OP = 'INSERT' OR OLD.state IS DISTINCT FROM NEW.state THEN
            INSERT INTO statistic_count (name, value, n) VALUES ('article.state', NEW.state, 1);
        END IF;
        IF NEW.outlet IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.outlet IS DISTINCT FROM NEW.outlet) THEN
            INSERT INTO statistic_count (name, value, n) VALUES ('article.outlet', NEW.outlet, 1);
        END IF;
        IF NEW.state = 'READY' THEN
            INSERT INTO statistic_count (name, value, n)
            VALUES ('article.ready_reviewer', COALESCE(NEW.reviewed_by, ''), 1);
        END IF;
        IF TG_OP = 'INSERT' THEN
            INSERT INTO statistic_count (name, value, n)
            VALUES ('article.day', to_char(NEW.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), 1);
        END IF;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER tr_article_count_update ON article;
CREATE TRIGGER tr_article_count_update AFTER UPDATE OF state, outlet, reviewed_by ON article
    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.outlet IS DISTINCT FROM NEW.outlet
        OR OLD.reviewed_by IS DISTINCT FROM NEW.reviewed_by)
    EXECUTE FUNCTION count_article();

-- what is there already (the trigger's replacement locks the table until this commits)
INSERT INTO statistic_count (name, value, n)
    SELECT 'article.ready_reviewer', COALESCE(reviewed_by, ''), COUNT(*) FROM article
    WHERE state = 'READY' GROUP BY COALESCE(reviewed_by, '');
INSERT INTO statistic_count (name, value, n)
    SELECT 'article.day', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), COUNT(*) FROM article
    GROUP BY to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD');

-- 2. The list filtered by a range of publication dates and sorted by import time (the default):
--    the page reads the range from this index with import time and id beside it and sorts that
--    (ArticleSearch), instead of walking every newer import; the flag, state and duplicate
--    columns ride along so that those filters with a date range read no table row either.
CREATE INDEX ix_article_published_created_id ON article (published, created_at, id)
    INCLUDE (pending_flags, state, duplicate_count);
