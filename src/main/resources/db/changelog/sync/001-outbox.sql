--liquibase formatted sql

--changeset loket:sync-001-outbox
-- A branch's outbox (issue 14): one row per changed row of a replicated table, written in the same transaction as
-- the change. The relay sends unsent rows in seq order and stamps sent_at once the central accepted them; sent
-- rows are purged after loket.sync.keep-sent. The table is the relay's whole state, so a restart loses nothing.
CREATE TABLE sync_outbox (
    seq BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id UUID NOT NULL,
    type VARCHAR(32) NOT NULL,
    schema_version INT NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    aggregate VARCHAR(64) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    payload LONGTEXT NOT NULL,
    sent_at DATETIME(6) NULL,
    CONSTRAINT uk_sync_outbox_event UNIQUE (event_id),
    INDEX ix_sync_outbox_unsent (sent_at, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
