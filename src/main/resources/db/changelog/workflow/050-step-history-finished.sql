--liquibase formatted sql

--changeset loket:workflow-050-step-history-finished
-- Dashboards (issue 13, ADR 008): the cards behind a figure and return reasons are read by branch and finish time,
-- with or without the step; the roll-up rebuild replays each branch in order of finish (keyset pages).
CREATE INDEX ix_step_history_branch_finished ON step_history (branch_code, finished_at);
CREATE INDEX ix_step_history_step_finished ON step_history (branch_code, step_code, finished_at);
