--liquibase formatted sql

--changeset messenger:005-file-store
-- Where a file's bytes are: 'database' (file_chunks rows, every file before this change) or 'filesystem'.
ALTER TABLE files ADD COLUMN store VARCHAR(16) NOT NULL DEFAULT 'database';

--changeset messenger:005-shared-bytes
-- bytes_of: the file whose stored bytes this one shares (an upload of the same bytes completed by a proof of
-- possession); proof_nonce: the fresh nonce of an unfinished upload's challenge.
ALTER TABLE files ADD COLUMN bytes_of BIGINT NULL;
ALTER TABLE files ADD COLUMN proof_nonce CHAR(32) NULL;
CREATE INDEX ix_files_size_sha256 ON files (size, sha256, status);

--changeset messenger:005-file-moves
-- A file moved to another store keeps its old bytes for a while (readers may still be reading them there):
-- moved_from names that store until they are deleted.
ALTER TABLE files ADD COLUMN moved_from VARCHAR(16) NULL;
ALTER TABLE files ADD COLUMN moved_at DATETIME(3) NULL;
