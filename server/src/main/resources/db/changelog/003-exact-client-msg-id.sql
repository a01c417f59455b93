--liquibase formatted sql

--changeset messenger:003-client-msg-id-binary
-- Text collations ignore trailing spaces ("a" = "a "), which would make two different client ids collide.
-- Bytes compare exactly, on MySQL and MariaDB alike.
ALTER TABLE messages MODIFY client_msg_id VARBINARY(256) NOT NULL;
