--liquibase formatted sql

--changeset messenger:009-events-by-message
-- Deleting a message clears the texts of its earlier versions, in the single writer: without this index that
-- statement read every event ever logged while every send waited behind it.
CREATE INDEX ix_events_message ON conversation_events (message_id, kind);

--changeset messenger:009-events-by-kind
-- The search index asks for the edits and deletions after its cursor every second; without this index it read
-- every event up to the head for them.
CREATE INDEX ix_events_kind ON conversation_events (kind, id);
