--liquibase formatted sql

--changeset test:plain
create table plain (id int);
