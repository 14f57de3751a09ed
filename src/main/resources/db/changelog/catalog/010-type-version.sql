--liquibase formatted sql

--changeset loket:catalog-010-type-version
-- Two admins editing one type's required documents: the later save must see that it is stale.
ALTER TABLE application_type ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
