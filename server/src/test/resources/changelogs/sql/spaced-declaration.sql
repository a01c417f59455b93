--liquibase formatted sql

--changeset test:first
create table first_one (id int);

-- changeset test:second
create table second_one (id int);
