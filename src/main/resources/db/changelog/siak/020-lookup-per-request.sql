--liquibase formatted sql

--changeset loket:siak-020-lookup-per-request
-- One row per lookup instead of one per card (issue 11.3): correcting the NIK starts a new lookup and marks the
-- previous one superseded, so a late answer for the old NIK can no longer complete the new one, and every lookup
-- (who asked which NIK for which card, when) stays on record. The current lookup of a card is the one not
-- superseded; the generated column lets the database hold at most one of those per card.
ALTER TABLE siak_lookup
    ADD COLUMN superseded_at DATETIME(6) NULL,
    ADD COLUMN current_application_id UUID AS (CASE WHEN superseded_at IS NULL THEN application_id END) PERSISTENT,
    ADD INDEX ix_siak_lookup_application (application_id, requested_at),
    ADD CONSTRAINT uk_siak_lookup_current UNIQUE (current_application_id),
    DROP INDEX uk_siak_lookup_application;
