-- What the analysis engine makes of an article: blocks, flags, claim candidates, duplicate links,
-- and the per-outlet line fingerprints that teach the repetition detector.

ALTER TABLE article ADD COLUMN author VARCHAR(255);
ALTER TABLE article ADD COLUMN source_format VARCHAR(8);
ALTER TABLE article ADD COLUMN charset VARCHAR(32);
ALTER TABLE article ADD COLUMN content_hash VARCHAR(64);
ALTER TABLE article ADD COLUMN simhash BIGINT;
ALTER TABLE article ADD COLUMN minhash BYTEA;
ALTER TABLE article ADD COLUMN rules_version VARCHAR(32);
CREATE INDEX ix_article_content_hash ON article (content_hash);
CREATE INDEX ix_article_published ON article (published);

CREATE SEQUENCE block_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE block (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    article_id   BIGINT                   NOT NULL,
    position     INTEGER                  NOT NULL,
    kind         VARCHAR(16)              NOT NULL,
    text         VARCHAR(1000000)         NOT NULL,
    start_offset INTEGER                  NOT NULL,
    end_offset   INTEGER                  NOT NULL,
    CONSTRAINT fk_block_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT uk_block_position UNIQUE (article_id, position)
);

CREATE SEQUENCE flag_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE flag (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    block_id    BIGINT                   NOT NULL,
    article_id  BIGINT                   NOT NULL,
    type        VARCHAR(32)              NOT NULL,
    confidence  DOUBLE PRECISION         NOT NULL,
    detector    VARCHAR(64)              NOT NULL,
    reason      VARCHAR(1000)            NOT NULL,
    decision    VARCHAR(16)              NOT NULL,
    decided_by  VARCHAR(64),
    decided_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_flag_block FOREIGN KEY (block_id) REFERENCES block (id) ON DELETE CASCADE,
    CONSTRAINT fk_flag_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT uk_flag_block_type UNIQUE (block_id, type)
);
CREATE INDEX ix_flag_article ON flag (article_id);
CREATE INDEX ix_flag_type_decision ON flag (type, decision);

CREATE SEQUENCE claim_candidate_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE claim_candidate (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    article_id   BIGINT                   NOT NULL,
    block_id     BIGINT                   NOT NULL,
    sentence     VARCHAR(100000)          NOT NULL,
    start_offset INTEGER                  NOT NULL,
    end_offset   INTEGER                  NOT NULL,
    score        DOUBLE PRECISION         NOT NULL,
    CONSTRAINT fk_claim_candidate_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_claim_candidate_block FOREIGN KEY (block_id) REFERENCES block (id) ON DELETE CASCADE
);
CREATE INDEX ix_claim_candidate_article ON claim_candidate (article_id);

CREATE TABLE claim_span (
    claim_id     BIGINT        NOT NULL,
    position     INTEGER       NOT NULL,
    type         VARCHAR(16)   NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    start_offset INTEGER       NOT NULL,
    end_offset   INTEGER       NOT NULL,
    CONSTRAINT pk_claim_span PRIMARY KEY (claim_id, position),
    CONSTRAINT fk_claim_span_claim FOREIGN KEY (claim_id) REFERENCES claim_candidate (id) ON DELETE CASCADE
);

CREATE SEQUENCE duplicate_link_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE duplicate_link (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    article_id      BIGINT                   NOT NULL,
    duplicate_of_id BIGINT                   NOT NULL,
    kind            VARCHAR(16)              NOT NULL,
    similarity      DOUBLE PRECISION         NOT NULL,
    CONSTRAINT fk_duplicate_link_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_duplicate_link_of FOREIGN KEY (duplicate_of_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT uk_duplicate_link UNIQUE (article_id, duplicate_of_id)
);
CREATE INDEX ix_duplicate_link_of ON duplicate_link (duplicate_of_id);

-- Locality-sensitive hashing of each article's MinHash: articles sharing a band are candidates
-- for a near-duplicate check, so an import never compares against every stored article.
CREATE TABLE article_band (
    article_id BIGINT  NOT NULL,
    band       INTEGER NOT NULL,
    band_hash  BIGINT  NOT NULL,
    CONSTRAINT pk_article_band PRIMARY KEY (article_id, band),
    CONSTRAINT fk_article_band_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX ix_article_band_lookup ON article_band (band, band_hash);

CREATE SEQUENCE outlet_line_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE outlet_line (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    outlet        VARCHAR(255)             NOT NULL,
    fingerprint   VARCHAR(32)              NOT NULL,
    sample        VARCHAR(300)             NOT NULL,
    article_count INTEGER                  NOT NULL,
    CONSTRAINT uk_outlet_line UNIQUE (outlet, fingerprint)
);
