-- Approval (issue 6): who approved an article and when, and settings an admin changes at run time
-- (the four-eyes rule, on by default).

ALTER TABLE article ADD COLUMN approved_by VARCHAR(64);
ALTER TABLE article ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE app_setting (
    name        VARCHAR(64)              NOT NULL PRIMARY KEY,
    setting     VARCHAR(1000)            NOT NULL,
    modified_by VARCHAR(64)              NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO app_setting (name, setting, modified_by, modified_at)
VALUES ('workflow.four-eyes', 'true', 'migration', CURRENT_TIMESTAMP);
