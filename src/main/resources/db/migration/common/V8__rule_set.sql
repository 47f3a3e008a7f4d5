-- Detection rules edited by admins: every saved version is kept, the newest is in force.
CREATE SEQUENCE rule_set_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE rule_set (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    number      INTEGER                  NOT NULL,
    rules_text  VARCHAR(1000000)         NOT NULL,
    author      VARCHAR(64)              NOT NULL,
    comment     VARCHAR(1000)            NOT NULL,
    CONSTRAINT uk_rule_set_number UNIQUE (number)
);
