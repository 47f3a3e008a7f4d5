-- Counts for the dashboard, the article list's state tiles and its outlet choice, kept by the database in the same
-- transaction as the change they count (decision 0029): a million articles cannot be grouped on
-- every page view. Each change adds a row (+1 / -1) instead of updating one counter row per
-- value, so concurrent transactions never wait for each other or deadlock on a counter; readers
-- sum the rows of a name, and ArticleStatistics folds them now and then into one row per value.
-- Every instance of a cluster reads the same rows, so they all show the same figures.
CREATE TABLE statistic_count (
    name  VARCHAR(32) NOT NULL,
    value VARCHAR(255) NOT NULL,
    n     BIGINT      NOT NULL
);
CREATE INDEX ix_statistic_count ON statistic_count (name, value);

CREATE FUNCTION count_article() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO statistic_count (name, value, n) VALUES ('article.state', OLD.state, -1);
        IF OLD.outlet IS NOT NULL THEN
            INSERT INTO statistic_count (name, value, n) VALUES ('article.outlet', OLD.outlet, -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO statistic_count (name, value, n) VALUES ('article.state', NEW.state, 1);
        IF NEW.outlet IS NOT NULL THEN
            INSERT INTO statistic_count (name, value, n) VALUES ('article.outlet', NEW.outlet, 1);
        END IF;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION count_flag_type_decision() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO statistic_count (name, value, n)
        VALUES ('flag.type_decision', OLD.type || ' ' || OLD.decision, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO statistic_count (name, value, n)
        VALUES ('flag.type_decision', NEW.type || ' ' || NEW.decision, 1);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION count_claim_rating() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.rating IS NOT NULL THEN
        INSERT INTO statistic_count (name, value, n) VALUES ('claim.rating', OLD.rating, -1);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.rating IS NOT NULL THEN
        INSERT INTO statistic_count (name, value, n) VALUES ('claim.rating', NEW.rating, 1);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- TRUNCATE fires no row trigger: it empties the counts of its table instead
CREATE FUNCTION forget_counts() RETURNS trigger AS $$
BEGIN
    DELETE FROM statistic_count WHERE name LIKE TG_ARGV[0];
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER tr_article_count_insert_delete AFTER INSERT OR DELETE ON article
    FOR EACH ROW EXECUTE FUNCTION count_article();
CREATE TRIGGER tr_article_count_update AFTER UPDATE OF state, outlet ON article
    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.outlet IS DISTINCT FROM NEW.outlet)
    EXECUTE FUNCTION count_article();
CREATE TRIGGER tr_article_count_truncate AFTER TRUNCATE ON article
    FOR EACH STATEMENT EXECUTE FUNCTION forget_counts('article.%');

CREATE TRIGGER tr_flag_count_insert_delete AFTER INSERT OR DELETE ON flag
    FOR EACH ROW EXECUTE FUNCTION count_flag_type_decision();
CREATE TRIGGER tr_flag_count_update AFTER UPDATE OF type, decision ON flag
    FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type OR OLD.decision IS DISTINCT FROM NEW.decision)
    EXECUTE FUNCTION count_flag_type_decision();
CREATE TRIGGER tr_flag_count_truncate AFTER TRUNCATE ON flag
    FOR EACH STATEMENT EXECUTE FUNCTION forget_counts('flag.type_decision');

CREATE TRIGGER tr_claim_rating_insert_delete AFTER INSERT OR DELETE ON claim
    FOR EACH ROW EXECUTE FUNCTION count_claim_rating();
CREATE TRIGGER tr_claim_rating_update AFTER UPDATE OF rating ON claim
    FOR EACH ROW WHEN (OLD.rating IS DISTINCT FROM NEW.rating) EXECUTE FUNCTION count_claim_rating();
CREATE TRIGGER tr_claim_rating_truncate AFTER TRUNCATE ON claim
    FOR EACH STATEMENT EXECUTE FUNCTION forget_counts('claim.rating');

-- what is there already (the tables are locked by the triggers' creation until this commits)
INSERT INTO statistic_count (name, value, n)
    SELECT 'article.state', state, COUNT(*) FROM article GROUP BY state;
INSERT INTO statistic_count (name, value, n)
    SELECT 'article.outlet', outlet, COUNT(*) FROM article WHERE outlet IS NOT NULL GROUP BY outlet;
INSERT INTO statistic_count (name, value, n)
    SELECT 'flag.type_decision', type || ' ' || decision, COUNT(*) FROM flag GROUP BY type, decision;
INSERT INTO statistic_count (name, value, n)
    SELECT 'claim.rating', rating, COUNT(*) FROM claim WHERE rating IS NOT NULL GROUP BY rating;
