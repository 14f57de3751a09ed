--liquibase formatted sql

--changeset loket:complaint-010-number-width
-- ADU-<branch>-<yyyyMMdd>-<nnnn> is 18 characters plus the branch code (up to 16): 34 did not fit in 32.
ALTER TABLE complaint MODIFY number VARCHAR(40) NOT NULL;
