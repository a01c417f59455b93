--liquibase formatted sql

--changeset messenger:001-users
CREATE TABLE users (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login         VARCHAR(32)  NOT NULL,
    login_key     VARCHAR(32)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    CONSTRAINT uq_users_login_key UNIQUE (login_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

--changeset messenger:001-devices
CREATE TABLE devices (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    name       VARCHAR(100) NULL,
    token_hash CHAR(64)     NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    revoked_at DATETIME(3)  NULL,
    CONSTRAINT uq_devices_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_devices_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

--changeset messenger:001-files
CREATE TABLE files (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_id     BIGINT        NOT NULL,
    name         VARCHAR(1020) NOT NULL,
    size         BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    received     BIGINT        NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    completed_at DATETIME(3)   NULL,
    INDEX ix_files_owner_status (owner_id, status),
    CONSTRAINT fk_files_owner FOREIGN KEY (owner_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

--changeset messenger:001-file-chunks
CREATE TABLE file_chunks (
    file_id      BIGINT     NOT NULL,
    chunk_offset BIGINT     NOT NULL,
    data         MEDIUMBLOB NOT NULL,
    PRIMARY KEY (file_id, chunk_offset)
) ENGINE = InnoDB;

--changeset messenger:001-messages
CREATE TABLE messages (
    id            BIGINT      NOT NULL PRIMARY KEY,
    sender_id     BIGINT      NOT NULL,
    client_msg_id VARCHAR(64) NOT NULL,
    text          TEXT        NULL,
    file_id       BIGINT      NULL,
    created_at    DATETIME(3) NOT NULL,
    CONSTRAINT uq_messages_sender_client_msg UNIQUE (sender_id, client_msg_id),
    CONSTRAINT fk_messages_sender FOREIGN KEY (sender_id) REFERENCES users (id),
    CONSTRAINT fk_messages_file FOREIGN KEY (file_id) REFERENCES files (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

--changeset messenger:001-message-counter
CREATE TABLE message_counter (
    id      INT    NOT NULL PRIMARY KEY,
    last_id BIGINT NOT NULL
) ENGINE = InnoDB;
INSERT INTO message_counter (id, last_id) VALUES (1, 0);
