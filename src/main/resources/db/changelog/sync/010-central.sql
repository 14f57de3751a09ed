--liquibase formatted sql

--changeset loket:sync-010-central-branch
-- The central's enrolled branches: the hash of each one's current key (the key itself is shown once to the admin).
CREATE TABLE sync_branch (
    code VARCHAR(16) NOT NULL PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    time_zone VARCHAR(4) NOT NULL,
    key_hash CHAR(64) NULL,
    key_issued_at DATETIME(6) NULL,
    enrolled_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    last_delivery_at DATETIME(6) NULL,
    CONSTRAINT ck_sync_branch_time_zone CHECK (time_zone IN ('WIB', 'WITA', 'WIT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset loket:sync-010-central-received
-- Every event id the central applied: a redelivery is counted as a duplicate and changes nothing.
CREATE TABLE sync_received (
    event_id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    received_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset loket:sync-010-central-row-seq
-- The sender's seq of the snapshot each replicated row holds now: an older snapshot arriving late is ignored.
CREATE TABLE sync_row_seq (
    row_type VARCHAR(32) NOT NULL,
    row_id VARCHAR(64) NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (row_type, row_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
