--liquibase formatted sql

--changeset loket:base-002-daily-sequence
-- Per-branch daily counters (queue numbers, registration numbers); incremented under a row lock.
CREATE TABLE daily_sequence (
    branch_code VARCHAR(16) NOT NULL,
    name VARCHAR(32) NOT NULL,
    day DATE NOT NULL,
    value INT NOT NULL,
    PRIMARY KEY (branch_code, name, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
