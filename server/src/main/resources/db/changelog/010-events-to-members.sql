--liquibase formatted sql

--changeset messenger:010-events-to-members-column
-- Whether an event reaches every member of its conversation, not only its subject's devices: every kind but a read
-- marker or a notification level nobody else sees. Kept by the database from the columns it depends on.
ALTER TABLE conversation_events
    ADD COLUMN to_members BOOLEAN AS (shared OR kind NOT IN ('read', 'notifications')) STORED;

--changeset messenger:010-events-to-members-index
-- A device catching up on all its conversations reads the events every member sees in id order through this index,
-- passing over the read markers of everyone else in big rooms, which outnumber the rest in a busy general.
CREATE INDEX ix_events_to_members ON conversation_events (to_members, id, conversation_id);
