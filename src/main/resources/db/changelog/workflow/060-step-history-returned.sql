--liquibase formatted sql

--changeset loket:workflow-060-step-history-returned
-- Dashboards (issue 13, ADR 008): the section's return reasons read only the returned visits of a branch and period
-- (about 3 % of them) instead of every visit of the period: the first viewer of 12 months of one branch read
-- ~400,000 step rows on the full-scale history.
CREATE INDEX ix_step_history_returned ON step_history (branch_code, outcome, finished_at);
