-- Editor review: what the article list filters on (kept on the article so that a list page is one
-- indexed query), who changed an article last, flag decisions with their history, state changes,
-- and editors' verdicts on outlet lines. V6 is reserved for the import path.

ALTER TABLE article ADD COLUMN pending_flags INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE article ADD COLUMN flag_types VARCHAR(400) DEFAULT ' ' NOT NULL;
ALTER TABLE article ADD COLUMN duplicate_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE article ADD COLUMN edited_by VARCHAR(64);
ALTER TABLE article ADD COLUMN reviewed_by VARCHAR(64);
ALTER TABLE article ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;

UPDATE article SET pending_flags =
    (SELECT COUNT(*) FROM flag f WHERE f.article_id = article.id AND f.decision = 'PENDING');
UPDATE article SET duplicate_count =
    (SELECT COUNT(*) FROM duplicate_link d WHERE d.article_id = article.id OR d.duplicate_of_id = article.id);
UPDATE article SET flag_types = flag_types || 'AI_DISCLAIMER ' WHERE EXISTS
    (SELECT 1 FROM flag f WHERE f.article_id = article.id AND f.type = 'AI_DISCLAIMER' AND f.decision <> 'REJECTED');
UPDATE article SET flag_types = flag_types || 'PROMOTIONAL ' WHERE EXISTS
    (SELECT 1 FROM flag f WHERE f.article_id = article.id AND f.type = 'PROMOTIONAL' AND f.decision <> 'REJECTED');
UPDATE article SET flag_types = flag_types || 'RELATED_LINKS ' WHERE EXISTS
    (SELECT 1 FROM flag f WHERE f.article_id = article.id AND f.type = 'RELATED_LINKS' AND f.decision <> 'REJECTED');
UPDATE article SET flag_types = flag_types || 'SITE_CHROME ' WHERE EXISTS
    (SELECT 1 FROM flag f WHERE f.article_id = article.id AND f.type = 'SITE_CHROME' AND f.decision <> 'REJECTED');
UPDATE article SET flag_types = flag_types || 'LEGAL_NOTICE ' WHERE EXISTS
    (SELECT 1 FROM flag f WHERE f.article_id = article.id AND f.type = 'LEGAL_NOTICE' AND f.decision <> 'REJECTED');
UPDATE article SET flag_types = flag_types || 'OFF_TOPIC ' WHERE EXISTS
    (SELECT 1 FROM flag f WHERE f.article_id = article.id AND f.type = 'OFF_TOPIC' AND f.decision <> 'REJECTED');
UPDATE article SET flag_types = flag_types || 'DUPLICATE_TITLE ' WHERE EXISTS
    (SELECT 1 FROM flag f WHERE f.article_id = article.id AND f.type = 'DUPLICATE_TITLE' AND f.decision <> 'REJECTED');
UPDATE article SET flag_types = flag_types || 'METADATA ' WHERE EXISTS
    (SELECT 1 FROM flag f WHERE f.article_id = article.id AND f.type = 'METADATA' AND f.decision <> 'REJECTED');

CREATE INDEX ix_article_pending_flags ON article (pending_flags);
CREATE INDEX ix_article_state_created ON article (state, created_at);

-- The type a detector gave a flag, kept when an editor changes it: detector quality counts a
-- re-typed flag as a miss of the detector.
ALTER TABLE flag ADD COLUMN original_type VARCHAR(32);
UPDATE flag SET original_type = type;
ALTER TABLE flag ALTER COLUMN original_type SET NOT NULL;
CREATE INDEX ix_flag_detector ON flag (detector, original_type, decision);

-- Every decision on a flag: who, when, from what to what.
CREATE SEQUENCE flag_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE flag_event (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    article_id    BIGINT                   NOT NULL,
    flag_id       BIGINT,
    block_text    VARCHAR(300)             NOT NULL,
    detector      VARCHAR(64)              NOT NULL,
    action        VARCHAR(16)              NOT NULL,
    type_before   VARCHAR(32),
    type_after    VARCHAR(32),
    decision_before VARCHAR(16),
    decision_after  VARCHAR(16),
    actor         VARCHAR(64)              NOT NULL,
    CONSTRAINT fk_flag_event_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX ix_flag_event_article ON flag_event (article_id);

-- Every change of an article's state: who, when, from, to, why.
CREATE SEQUENCE article_transition_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE article_transition (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    article_id  BIGINT                   NOT NULL,
    from_state  VARCHAR(32)              NOT NULL,
    to_state    VARCHAR(32)              NOT NULL,
    actor       VARCHAR(64)              NOT NULL,
    reason      VARCHAR(2000),
    CONSTRAINT fk_article_transition_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX ix_article_transition_article ON article_transition (article_id);

-- An editor's word on an outlet line: CONFIRMED boilerplate (flag it from the next import on,
-- however rare) or DENIED (never flag it as the outlet's boilerplate).
ALTER TABLE outlet_line ADD COLUMN editor_verdict VARCHAR(16);
ALTER TABLE outlet_line ADD COLUMN verdict_by VARCHAR(64);
