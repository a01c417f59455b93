--liquibase formatted sql

--changeset messenger:002-files-updated-at
ALTER TABLE files ADD COLUMN updated_at DATETIME(3) NULL;
UPDATE files SET updated_at = created_at;
ALTER TABLE files MODIFY updated_at DATETIME(3) NOT NULL;
CREATE INDEX ix_files_status_updated ON files (status, updated_at);
