-- Claims: sentences an editor or fact-checker confirmed (from a claim candidate, or marked by hand
-- in a block), or dismissed with a reason; and the links between claims of different articles
-- that state the same thing (docs/decisions/0007). Linked claims share a cluster_id: the smallest
-- claim id of the group.

CREATE SEQUENCE claim_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE claim (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    version        BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    article_id     BIGINT                   NOT NULL,
    candidate_id   BIGINT,
    block_id       BIGINT,
    sentence       VARCHAR(100000)          NOT NULL,
    claim_reviewed VARCHAR(75)              NOT NULL,
    state          VARCHAR(16)              NOT NULL,
    dismiss_reason VARCHAR(1000),
    dismissed_by   VARCHAR(64),
    score          DOUBLE PRECISION,
    -- the typed spans, in the form org.factdesk.article.ClaimSpan writes (see V10)
    spans          VARCHAR(1000000),
    created_by     VARCHAR(64)              NOT NULL,
    cluster_id     BIGINT,
    CONSTRAINT fk_claim_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_claim_candidate FOREIGN KEY (candidate_id) REFERENCES claim_candidate (id) ON DELETE SET NULL,
    -- a merge or split of blocks removes blocks; the claim keeps its sentence
    CONSTRAINT fk_claim_block FOREIGN KEY (block_id) REFERENCES block (id) ON DELETE SET NULL,
    -- one claim per candidate; claims marked by hand have none (NULLs never collide)
    CONSTRAINT uk_claim_candidate UNIQUE (candidate_id)
);
CREATE INDEX ix_claim_article ON claim (article_id);
CREATE INDEX ix_claim_state ON claim (state, id);
CREATE INDEX ix_claim_cluster ON claim (cluster_id);

CREATE SEQUENCE claim_link_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE claim_link (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    version        BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    left_claim_id  BIGINT                   NOT NULL,
    right_claim_id BIGINT                   NOT NULL,
    verdict        VARCHAR(16)              NOT NULL,
    similarity     DOUBLE PRECISION         NOT NULL,
    -- one difference a line: TYPE: left vs right
    differences    VARCHAR(4000),
    reason         VARCHAR(2000),
    origin         VARCHAR(16)              NOT NULL,
    created_by     VARCHAR(64)              NOT NULL,
    CONSTRAINT fk_claim_link_left FOREIGN KEY (left_claim_id) REFERENCES claim (id) ON DELETE CASCADE,
    CONSTRAINT fk_claim_link_right FOREIGN KEY (right_claim_id) REFERENCES claim (id) ON DELETE CASCADE,
    CONSTRAINT uk_claim_link UNIQUE (left_claim_id, right_claim_id)
);
CREATE INDEX ix_claim_link_right ON claim_link (right_claim_id);
