--liquibase formatted sql

--changeset loket:siak-030-outage
-- SIAK outage periods (issue 14): a row when the circuit breaker opens, ended when it closes again. Replicated to
-- the central, which sees every branch's outages beside its figures.
CREATE TABLE siak_outage (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    started_at DATETIME(6) NOT NULL,
    ended_at DATETIME(6) NULL,
    INDEX ix_siak_outage_open (ended_at, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
