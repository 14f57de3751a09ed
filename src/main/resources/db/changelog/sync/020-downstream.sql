--liquibase formatted sql

--changeset loket:sync-020-downstream-log
-- The central's way back to the branches (issue 14.3/14.4): decisions on escalated complaints, catalogue changes,
-- KK serial blocks. Written in the transaction of the central change; a branch pulls the rows meant for it or for
-- every branch ('*') after its cursor, in seq order.
CREATE TABLE sync_downstream (
    seq BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id UUID NOT NULL,
    schema_version INT NOT NULL,
    type VARCHAR(40) NOT NULL,
    target_branch VARCHAR(32) NOT NULL,
    aggregate VARCHAR(64) NOT NULL,
    payload LONGTEXT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_sync_downstream_event UNIQUE (event_id),
    INDEX ix_sync_downstream_target (target_branch, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row, locked by every writer of the log until it commits: seqs then become visible in seq order, so a branch
-- whose cursor passed seq n can never miss an n-1 that committed later.
CREATE TABLE sync_downstream_lock (
    id INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
INSERT INTO sync_downstream_lock (id) VALUES (1);

-- Branch side: how far the puller got, and every event id applied (an event is applied once, even when a page is
-- fetched again after a lost answer).
CREATE TABLE sync_downstream_cursor (
    id INT NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB;
INSERT INTO sync_downstream_cursor (id, last_seq, updated_at) VALUES (1, 0, CURRENT_TIMESTAMP(6));

CREATE TABLE sync_downstream_applied (
    event_id UUID NOT NULL PRIMARY KEY,
    seq BIGINT NOT NULL,
    type VARCHAR(40) NOT NULL,
    applied_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
