--liquibase formatted sql

--changeset loket:population-030-family-drafts
-- A draft always saves, however incomplete or wrong: draft_json keeps the form exactly as the operator left it
-- (the member columns keep their NOT NULL rules and hold only a family that passed the rules).
-- siak_note carries the counter officer's "tidak cocok" note from step 3 to data entry and verification.
-- issued_kk_number is the number a new family gets when its first KK is signed; kk_number stays the old KK's.
-- baseline_at says when step 3 last completed (the baseline is refreshed each time it does).
ALTER TABLE family
    ADD COLUMN draft_json MEDIUMTEXT NULL,
    ADD COLUMN siak_note VARCHAR(500) NULL,
    ADD COLUMN issued_kk_number CHAR(16) NULL,
    ADD COLUMN baseline_at DATETIME(6) NULL,
    ADD INDEX ix_family_issued_kk (issued_kk_number);
