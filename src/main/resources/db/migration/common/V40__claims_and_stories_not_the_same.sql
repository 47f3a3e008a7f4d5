-- Issue 13 (decision 0038): two claims offered as possibly the same claim that a person judged to
-- say different things. The pair is not offered again; the rows are the link model's negatives of
-- tomorrow. left_id is the smaller claim id, as in claim_link.
CREATE TABLE claim_not_same (
    left_id    BIGINT                   NOT NULL,
    right_id   BIGINT                   NOT NULL,
    decided_by VARCHAR(64)              NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_claim_not_same PRIMARY KEY (left_id, right_id),
    CONSTRAINT fk_claim_not_same_left FOREIGN KEY (left_id) REFERENCES claim (id) ON DELETE CASCADE,
    CONSTRAINT fk_claim_not_same_right FOREIGN KEY (right_id) REFERENCES claim (id) ON DELETE CASCADE
);
CREATE INDEX ix_claim_not_same_right ON claim_not_same (right_id);

-- Two articles offered as possibly the same story that an editor set aside as two stories (decision
-- 0038); left_id is the smaller article id.
CREATE TABLE article_not_same_story (
    left_id    BIGINT                   NOT NULL,
    right_id   BIGINT                   NOT NULL,
    decided_by VARCHAR(64)              NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_article_not_same_story PRIMARY KEY (left_id, right_id),
    CONSTRAINT fk_article_not_same_story_left FOREIGN KEY (left_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_not_same_story_right FOREIGN KEY (right_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX ix_article_not_same_story_right ON article_not_same_story (right_id);

-- One instance at a time embeds the openings of new articles in the background.
INSERT INTO app_lock (name) VALUES ('article-openings');
