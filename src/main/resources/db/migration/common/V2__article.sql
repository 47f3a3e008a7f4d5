-- Imported articles: the original bytes as received, and the metadata the list pages filter on.
CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE article (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    version        BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    state          VARCHAR(32)              NOT NULL,
    title          VARCHAR(1000),
    outlet         VARCHAR(255),
    url            VARCHAR(2048),
    published      DATE,
    language       VARCHAR(16),
    file_name      VARCHAR(512),
    content_type   VARCHAR(128)             NOT NULL,
    sha256         VARCHAR(64)              NOT NULL,
    original_bytes BYTEA                    NOT NULL,
    imported_by    VARCHAR(64)              NOT NULL
);

CREATE INDEX ix_article_state ON article (state);
CREATE INDEX ix_article_outlet ON article (outlet);
CREATE INDEX ix_article_sha256 ON article (sha256);
CREATE INDEX ix_article_created_at ON article (created_at);
