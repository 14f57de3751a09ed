--liquibase formatted sql

--changeset loket:complaint-040-central-decision
-- On the central: the Kepala Dinas's decisions on complaints escalated at a branch. The decision never changes the
-- replicated complaint row; it travels to the branch (downstream complaint_decision) and is "sent to the branch"
-- while the replicated row still has the version it was decided on.
CREATE TABLE complaint_central_decision (
    id UUID NOT NULL PRIMARY KEY,
    complaint_id UUID NOT NULL,
    branch_code VARCHAR(32) NOT NULL,
    complaint_version BIGINT NOT NULL,
    action VARCHAR(24) NOT NULL,
    note TEXT NOT NULL,
    decided_by VARCHAR(80) NOT NULL,
    decided_at DATETIME(6) NOT NULL,
    INDEX ix_complaint_central_decision (complaint_id, complaint_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
