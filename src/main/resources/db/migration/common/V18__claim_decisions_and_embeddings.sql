-- Issue 13. (1) Every confirm, mark and dismiss of a claim as training data for the check-worthiness
-- model: the sentence as decided, the decision, who and when. Kept when the claim or its article
-- is deleted (no foreign keys): a decision made stays a decision made.
CREATE SEQUENCE claim_decision_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE claim_decision (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claim_id     BIGINT                   NOT NULL,
    article_id   BIGINT                   NOT NULL,
    candidate_id BIGINT,
    sentence     VARCHAR(100000)          NOT NULL,
    -- CONFIRMED (a candidate), MARKED (text the engine missed), DISMISSED (with its reason)
    decision     VARCHAR(16)              NOT NULL,
    reason       VARCHAR(1000),
    score        DOUBLE PRECISION,
    decided_by   VARCHAR(64)              NOT NULL
);
CREATE INDEX ix_claim_decision_claim ON claim_decision (claim_id);

-- (2) The sentence vector of a confirmed claim (decision 0017), made when it is confirmed or
-- reworded: 384 floats, big-endian, in a plain column (no vector index here; candidates are ranked
-- in the application). model names the embedding model: vectors of two models are never compared.
CREATE TABLE claim_embedding (
    claim_id BIGINT       NOT NULL PRIMARY KEY,
    model    VARCHAR(64)  NOT NULL,
    vector   BYTEA        NOT NULL,
    CONSTRAINT fk_claim_embedding_claim FOREIGN KEY (claim_id) REFERENCES claim (id) ON DELETE CASCADE
);

-- (3) The vector of an article's opening (title and lead sentences), made when its first claim is
-- confirmed, never at import; used to tell the same story in other words (decision 0018).
CREATE TABLE article_opening (
    article_id BIGINT       NOT NULL PRIMARY KEY,
    model      VARCHAR(64)  NOT NULL,
    vector     BYTEA        NOT NULL,
    CONSTRAINT fk_article_opening_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
