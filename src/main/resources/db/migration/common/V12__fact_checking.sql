-- Fact-checking: who checks a claim and by when, and the verdicts they give (issue 5).
-- A claim is in the open pool while it is confirmed and has no assignee. priority_key orders a
-- queue by priority without date arithmetic in SQL (org.factdesk.claim.Priority explains it).

ALTER TABLE claim ADD COLUMN assignee VARCHAR(64);
ALTER TABLE claim ADD COLUMN assigned_by VARCHAR(64);
ALTER TABLE claim ADD COLUMN assigned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE claim ADD COLUMN due_date DATE;
ALTER TABLE claim ADD COLUMN priority_key DOUBLE PRECISION DEFAULT 0 NOT NULL;
-- the newest verdict, repeated here for lists and filters
ALTER TABLE claim ADD COLUMN rating VARCHAR(16);
ALTER TABLE claim ADD COLUMN checked_by VARCHAR(64);
ALTER TABLE claim ADD COLUMN checked_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_claim_queue ON claim (assignee, state, priority_key, id);
CREATE INDEX ix_claim_pool ON claim (state, assignee, priority_key, id);

-- Every verdict given, the newest last: revising one keeps the earlier ones.
CREATE SEQUENCE verdict_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE verdict (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claim_id    BIGINT                   NOT NULL,
    revision    INTEGER                  NOT NULL,
    rating      VARCHAR(16)              NOT NULL,
    rationale   VARCHAR(10000)           NOT NULL,
    claimant    VARCHAR(300)             NOT NULL,
    claim_date  DATE                     NOT NULL,
    author      VARCHAR(64)              NOT NULL,
    -- the claim whose verdict this one took over as a suggestion, if any
    suggested_by_claim BIGINT,
    CONSTRAINT fk_verdict_claim FOREIGN KEY (claim_id) REFERENCES claim (id) ON DELETE CASCADE,
    CONSTRAINT uk_verdict_revision UNIQUE (claim_id, revision)
);

CREATE TABLE verdict_evidence (
    verdict_id BIGINT         NOT NULL,
    position   INTEGER        NOT NULL,
    url        VARCHAR(2000)  NOT NULL,
    title      VARCHAR(300)   NOT NULL,
    note       VARCHAR(2000),
    PRIMARY KEY (verdict_id, position),
    CONSTRAINT fk_evidence_verdict FOREIGN KEY (verdict_id) REFERENCES verdict (id) ON DELETE CASCADE
);
