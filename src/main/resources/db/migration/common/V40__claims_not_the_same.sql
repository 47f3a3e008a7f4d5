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
