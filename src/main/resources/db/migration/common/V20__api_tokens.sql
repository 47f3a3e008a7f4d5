-- Personal API tokens (issue 14, part 1): a pipeline sends "Authorization: Bearer fd_…" instead of
-- a password. Only the token's SHA-256 is stored (the token is 256 random bits, so a fast hash is
-- enough); its first characters are kept to tell tokens apart on the page. A revoked token stays
-- listed with who revoked it and when.
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE api_token (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id       BIGINT                   NOT NULL,
    name          VARCHAR(100)             NOT NULL,
    token_hash    VARCHAR(64)              NOT NULL,
    token_prefix  VARCHAR(16)              NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    revoked_by    VARCHAR(64),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_token_user ON api_token (user_id, revoked_at);
