-- Batches owned by lease (docs/decisions/0025): the instance that runs a batch renews its lease
-- while it runs; a batch whose lease ran out (its instance died) is taken over by another instance,
-- or by the same one after a restart, and finished from the items still pending.
ALTER TABLE import_batch ADD COLUMN owner VARCHAR(100);
ALTER TABLE import_batch ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;

-- What an item still to import is made of, so that any instance can import it; removed in the
-- transaction that records the item's outcome. Not an entity: written and read with JDBC only.
CREATE TABLE import_item_payload (
    batch_id       BIGINT                   NOT NULL,
    position       INTEGER                  NOT NULL,
    bytes          BYTEA                    NOT NULL,
    hint           VARCHAR(8),
    source_url     VARCHAR(1000000),
    source_outlet  VARCHAR(1000000),
    source_title   VARCHAR(1000000),
    published      DATE,
    charset        VARCHAR(1000000),
    captured_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_import_item_payload PRIMARY KEY (batch_id, position),
    CONSTRAINT fk_import_item_payload_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id) ON DELETE CASCADE
);
