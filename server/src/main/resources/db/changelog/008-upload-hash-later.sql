--liquibase formatted sql

--changeset messenger:008-upload-hash-later
-- An upload may start before the client has hashed the file; upload.hash fills sha256 in later.
ALTER TABLE files MODIFY sha256 CHAR(64) NULL;
