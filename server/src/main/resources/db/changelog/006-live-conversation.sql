--liquibase formatted sql

--changeset messenger:006-message-state
-- edited_at / deleted_at: when the text last changed / the message was deleted (its text and file then NULL);
-- reply_to: the message of the same conversation this one answers.
ALTER TABLE messages ADD COLUMN edited_at DATETIME(3) NULL;
ALTER TABLE messages ADD COLUMN deleted_at DATETIME(3) NULL;
ALTER TABLE messages ADD COLUMN reply_to BIGINT NULL;

--changeset messenger:006-message-versions
-- Every earlier text of an edited message; deleted with the message's text.
CREATE TABLE message_versions (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id  BIGINT        NOT NULL,
    text        TEXT          NOT NULL,
    replaced_at DATETIME(3)   NOT NULL,
    INDEX ix_versions_message (message_id, id),
    CONSTRAINT fk_versions_message FOREIGN KEY (message_id) REFERENCES messages (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

--changeset messenger:006-message-reactions
CREATE TABLE message_reactions (
    message_id BIGINT      NOT NULL,
    emoji      VARCHAR(64) NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (message_id, emoji, user_id),
    CONSTRAINT fk_reactions_message FOREIGN KEY (message_id) REFERENCES messages (id),
    CONSTRAINT fk_reactions_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

--changeset messenger:006-message-mentions
-- Who a message mentions, for the unread-mention count of each member.
CREATE TABLE message_mentions (
    message_id      BIGINT NOT NULL,
    user_id         BIGINT NOT NULL,
    conversation_id BIGINT NOT NULL,
    PRIMARY KEY (message_id, user_id),
    INDEX ix_mentions_user (user_id, conversation_id, message_id),
    CONSTRAINT fk_mentions_message FOREIGN KEY (message_id) REFERENCES messages (id)
) ENGINE = InnoDB;

--changeset messenger:006-event-fields
-- message_id / text / emoji: what an edit, deletion or reaction was about; level: a notification setting;
-- shared: a read marker the other members see too (read receipts).
ALTER TABLE conversation_events ADD COLUMN message_id BIGINT NULL;
ALTER TABLE conversation_events ADD COLUMN text TEXT NULL;
ALTER TABLE conversation_events ADD COLUMN emoji VARCHAR(64) NULL;
ALTER TABLE conversation_events ADD COLUMN level VARCHAR(8) NULL;
ALTER TABLE conversation_events ADD COLUMN shared BOOLEAN NOT NULL DEFAULT FALSE;

--changeset messenger:006-settings
-- notifications: the member's level (NULL: the default of the conversation's kind); share_receipts: whether the
-- user's read markers are shown to others; last_seen_at: when their last connection closed.
ALTER TABLE conversation_members ADD COLUMN notifications VARCHAR(8) NULL;
ALTER TABLE users ADD COLUMN share_receipts BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE users ADD COLUMN last_seen_at DATETIME(3) NULL;
