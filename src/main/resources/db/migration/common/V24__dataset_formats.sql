-- Parquet and the Hugging Face card (issue 18, parts 2 and 3). A dataset has a licence chosen by an
-- admin and may ask for a train/test split by outlet or by date; a version freezes both, with the
-- schema its files were written in: 1 for versions published before this migration (camelCase
-- JSONL, no Parquet; their bytes never change), 2 for snake_case JSONL, CSV and Parquet with a
-- schema_version field.
ALTER TABLE dataset ADD COLUMN license VARCHAR(64);
ALTER TABLE dataset ADD COLUMN split_by VARCHAR(16);
ALTER TABLE dataset ADD COLUMN split_value VARCHAR(2000);
ALTER TABLE dataset_version ADD COLUMN schema_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE dataset_version ADD COLUMN license VARCHAR(64);
ALTER TABLE dataset_version ADD COLUMN split_by VARCHAR(16);
ALTER TABLE dataset_version ADD COLUMN split_value VARCHAR(2000);
