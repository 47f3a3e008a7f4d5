-- Large uploads are stored as they came and read in the background (issue 18, docs/decisions/0022):
-- the request answers 202 once they are here, the batch is READING until all its items are written
-- (written in slices, shown only when all are there), and an instance that takes the batch over reads them again from this table.
-- Removed when the batch goes RUNNING (or is refused). Not an entity: JDBC only. H2 keeps the bytes
-- as a BLOB (stored in pieces; a 200 MB value in a page ran H2 out of memory), PostgreSQL as BYTEA.
CREATE TABLE import_upload (
    batch_id  BIGINT        NOT NULL,
    position  INTEGER       NOT NULL,
    name      VARCHAR(1000) NOT NULL,
    bytes     BYTEA         NOT NULL,
    CONSTRAINT pk_import_upload PRIMARY KEY (batch_id, position),
    CONSTRAINT fk_import_upload_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id) ON DELETE CASCADE
);
