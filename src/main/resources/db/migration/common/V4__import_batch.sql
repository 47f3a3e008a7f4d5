-- Import batches: many files or JSONL lines imported in the background, with a result per item.
CREATE SEQUENCE import_batch_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE import_batch (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)              NOT NULL,
    state       VARCHAR(16)              NOT NULL,
    total_items INTEGER                  NOT NULL,
    processed   INTEGER                  NOT NULL,
    imported    INTEGER                  NOT NULL,
    duplicates  INTEGER                  NOT NULL,
    failed      INTEGER                  NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    note        VARCHAR(1000)
);
CREATE INDEX ix_import_batch_state ON import_batch (state);

CREATE SEQUENCE import_item_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE import_item (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    batch_id        BIGINT                   NOT NULL,
    position        INTEGER                  NOT NULL,
    name            VARCHAR(1000)            NOT NULL,
    outcome         VARCHAR(16)              NOT NULL,
    message         VARCHAR(2000),
    article_id      BIGINT,
    duplicate_of_id BIGINT,
    CONSTRAINT fk_import_item_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id) ON DELETE CASCADE,
    CONSTRAINT uk_import_item_position UNIQUE (batch_id, position)
);

ALTER TABLE article ADD COLUMN batch_id BIGINT;
ALTER TABLE article ADD CONSTRAINT fk_article_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id);
CREATE INDEX ix_article_batch ON article (batch_id);
