--liquibase formatted sql

--changeset loket:catalog-030-new-family-types
-- Whether an application type creates a new family (a new KK number) or changes an existing KK, which keeps its
-- number (shared/domain/identity-numbers.md: after marriage, moving in from another regency, a new household).
ALTER TABLE application_type ADD COLUMN creates_new_family BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE application_type SET creates_new_family = TRUE WHERE code IN ('NEW_FAMILY', 'MOVE_IN', 'ARRIVAL_ABROAD', 'FOREIGNER_KITAP');
