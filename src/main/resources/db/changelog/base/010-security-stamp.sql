--liquibase formatted sql

--changeset loket:base-010-security-stamp
-- Bumped by every change that must reach open sessions (enable/disable, roles, branch, password, lockout):
-- a session compares its copy with this column and is refreshed or ended (ADR 006).
ALTER TABLE app_user ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;

