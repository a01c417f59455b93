--liquibase formatted sql

--changeset messenger:008-shared-bytes-index
-- Whether any file still shares a file's bytes is asked by every proof of possession, every deletion of discarded
-- bytes and every file move; without this index each asks by reading the whole files table.
CREATE INDEX ix_files_bytes_of ON files (bytes_of, status);
