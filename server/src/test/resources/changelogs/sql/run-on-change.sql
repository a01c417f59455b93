--liquibase formatted sql

--changeset test:first
create table first_one (id int);

--changeset test:view runOnChange:true
create or replace view v as select 1;
