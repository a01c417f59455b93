--liquibase formatted sql

--changeset messenger:007-edit-mentions
-- The logins an edited text mentions, separated by spaces, so every device highlights them without a reload;
-- NULL for other kinds, and cleared with the text when the message is deleted.
ALTER TABLE conversation_events ADD COLUMN mentions TEXT NULL;
