-- Publishing a dataset version runs in the background (issue 6, part 5). While it runs, the version
-- shows how far it got: the step (FREEZING the articles, then writing each file to hash it) and how
-- many of the planned articles the step has done. A version whose publishing failed is kept as
-- FAILED with the reason until the dataset's next publishing replaces it; its entries are removed.
ALTER TABLE dataset_version ADD COLUMN step VARCHAR(16);
ALTER TABLE dataset_version ADD COLUMN planned_count INTEGER;
ALTER TABLE dataset_version ADD COLUMN step_count INTEGER;
ALTER TABLE dataset_version ADD COLUMN failure VARCHAR(2000);
-- True when the version's CSV, ClaimReview and zip files are stored in dataset_file (versions
-- published since this migration): those downloads copy the stored bytes. Older versions are
-- written from their entries on each download, as before; both give the same bytes.
ALTER TABLE dataset_version ADD COLUMN files_stored BOOLEAN DEFAULT FALSE NOT NULL;

-- A version's files, written once while it is published (the same pass that computes their
-- sha256 for the manifest), in parts of at most 512 KiB so that a download reads one part at a time.
-- JSONL is not stored here: it is the entries' bodies, one per line.
CREATE TABLE dataset_file (
    version_id BIGINT      NOT NULL,
    format     VARCHAR(16) NOT NULL,
    part       INTEGER     NOT NULL,
    bytes      BYTEA       NOT NULL,
    CONSTRAINT pk_dataset_file PRIMARY KEY (version_id, format, part),
    CONSTRAINT fk_dataset_file_version FOREIGN KEY (version_id) REFERENCES dataset_version (id) ON DELETE CASCADE
);
