-- Datasets (issue 6): a named filter over approved articles, and its published versions. A version
-- holds one frozen entry per article (the article's JSONL line, as UTF-8 bytes) written when it was
-- published: exports read these entries only, so later edits of an article reach only a later
-- version, and re-exporting a version gives the same bytes.

-- Publishing reads approved articles in id order, a page at a time (keyset: id > the last one);
-- without this index the database sorts every approved article again for each page.
CREATE INDEX ix_article_state_id ON article (state, id);

CREATE SEQUENCE dataset_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dataset (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    version        BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    name           VARCHAR(200)             NOT NULL,
    description    VARCHAR(4000),
    outlet         VARCHAR(255),
    published_from DATE,
    published_to   DATE,
    -- article labels (org.factdesk.dataset.ArticleLabel) as " AGGREGATED AI_GENERATED_DISCLOSED "
    include_labels VARCHAR(200)             NOT NULL,
    exclude_labels VARCHAR(200)             NOT NULL,
    created_by     VARCHAR(64)              NOT NULL,
    modified_by    VARCHAR(64)              NOT NULL,
    CONSTRAINT uk_dataset_name UNIQUE (name)
);

CREATE SEQUENCE dataset_version_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dataset_version (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    dataset_id    BIGINT                   NOT NULL,
    number        INTEGER                  NOT NULL,
    -- PUBLISHING while its entries are written, then PUBLISHED; a failed publish leaves nothing
    state         VARCHAR(16)              NOT NULL,
    published_by  VARCHAR(64)              NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    article_count INTEGER                  NOT NULL,
    -- where the ClaimReview urls point, frozen with the version
    review_base   VARCHAR(500)             NOT NULL,
    manifest      BYTEA,
    card          BYTEA,
    zip_sha256    VARCHAR(64),
    zip_bytes     BIGINT,
    CONSTRAINT fk_dataset_version_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id) ON DELETE CASCADE,
    CONSTRAINT uk_dataset_version_number UNIQUE (dataset_id, number)
);

-- No foreign key to article: the entry is a copy, and stays what it was whatever happens to the article.
CREATE TABLE dataset_entry (
    version_id BIGINT  NOT NULL,
    position   INTEGER NOT NULL,
    article_id BIGINT  NOT NULL,
    body       BYTEA   NOT NULL,
    CONSTRAINT pk_dataset_entry PRIMARY KEY (version_id, position),
    CONSTRAINT fk_dataset_entry_version FOREIGN KEY (version_id) REFERENCES dataset_version (id) ON DELETE CASCADE
);
