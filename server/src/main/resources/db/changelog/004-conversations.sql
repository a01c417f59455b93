--liquibase formatted sql

--changeset messenger:004-conversations
CREATE TABLE conversations (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(8)   NOT NULL,
    name       VARCHAR(256) NULL,
    name_key   VARCHAR(256) NULL,
    topic      VARCHAR(1000) NULL,
    visibility VARCHAR(8)   NULL,
    direct_key VARCHAR(48)  NULL,
    created_at DATETIME(3)  NOT NULL,
    CONSTRAINT uq_conversations_direct UNIQUE (direct_key),
    INDEX ix_conversations_visibility_name (visibility, name_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

--changeset messenger:004-conversation-members
CREATE TABLE conversation_members (
    conversation_id BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    role            VARCHAR(8)  NOT NULL,
    read_up_to      BIGINT      NOT NULL DEFAULT 0,
    joined_at       DATETIME(3) NOT NULL,
    PRIMARY KEY (conversation_id, user_id),
    INDEX ix_members_user (user_id, conversation_id),
    CONSTRAINT fk_members_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    CONSTRAINT fk_members_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB;

--changeset messenger:004-conversation-events
-- Changes to conversations take their ids from message_counter, so one cursor covers messages and events.
CREATE TABLE conversation_events (
    id              BIGINT        NOT NULL PRIMARY KEY,
    conversation_id BIGINT        NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    actor_id        BIGINT        NOT NULL,
    subject_id      BIGINT        NULL,
    name            VARCHAR(256)  NULL,
    topic           VARCHAR(1000) NULL,
    role            VARCHAR(8)    NULL,
    up_to           BIGINT        NULL,
    created_at      DATETIME(3)   NOT NULL,
    INDEX ix_events_conversation (conversation_id, id),
    INDEX ix_events_subject (subject_id, id),
    CONSTRAINT fk_events_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

--changeset messenger:004-general
-- The one global chat of earlier versions becomes the public room general: every message is one of its
-- messages, every account one of its members.
INSERT INTO conversations (id, kind, name, name_key, visibility, created_at)
VALUES (1, 'room', 'general', 'general', 'public', CURRENT_TIMESTAMP(3));
INSERT INTO conversation_members (conversation_id, user_id, role, read_up_to, joined_at)
SELECT 1, id, 'member', 0, created_at FROM users;
ALTER TABLE messages ADD COLUMN conversation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE messages ALTER COLUMN conversation_id DROP DEFAULT;
CREATE INDEX ix_messages_conversation ON messages (conversation_id, id);
ALTER TABLE messages ADD CONSTRAINT fk_messages_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id);
