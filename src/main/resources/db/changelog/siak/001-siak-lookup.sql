--liquibase formatted sql

--changeset loket:siak-001-lookup
-- One SIAK check per application. A PENDING row is the durable promise to ask SIAK again: the retrier picks
-- rows whose next_attempt_at has passed, so a restart or a days-long outage loses nothing.
CREATE TABLE siak_lookup (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    application_id UUID NOT NULL,
    nik CHAR(16) NOT NULL,
    reference VARCHAR(40) NULL,
    status VARCHAR(16) NOT NULL,
    result_json MEDIUMTEXT NULL,
    error_key VARCHAR(80) NULL,
    attempts INT NOT NULL,
    next_attempt_at DATETIME(6) NULL,
    requested_at DATETIME(6) NOT NULL,
    completed_at DATETIME(6) NULL,
    requested_by VARCHAR(60) NOT NULL,
    decision VARCHAR(16) NULL,
    note VARCHAR(500) NULL,
    decided_by VARCHAR(60) NULL,
    decided_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_siak_lookup_application UNIQUE (application_id),
    INDEX ix_siak_lookup_due (status, next_attempt_at),
    INDEX ix_siak_lookup_branch (branch_code, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset loket:siak-001-guard
-- A card leaves the SIAK check only after a lookup and the officer's decision (guard bean "siak-verified").
UPDATE service_step SET guard_code = 'siak-verified', version = version + 1 WHERE service_code = 'KK' AND code = 'SIAK_CHECK';
