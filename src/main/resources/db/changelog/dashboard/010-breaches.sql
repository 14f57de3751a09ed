--liquibase formatted sql

--changeset loket:dashboard-010-breaches
-- A card that stayed in a step longer than twice the step's standard (issue 13.2): one row per card and visit
-- (the unique key makes a second check, or two servers checking at once, raise nothing more), closed when the
-- card leaves the step. Dashboard-owned; queries name their branch (ADR 007).
CREATE TABLE dashboard_breach (
    application_id UUID NOT NULL,
    visit_no INT NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    registration_number VARCHAR(40) NULL,
    step_code VARCHAR(32) NOT NULL,
    standard_minutes INT NOT NULL,
    entered_at DATETIME(6) NOT NULL,
    raised_at DATETIME(6) NOT NULL,
    closed_at DATETIME(6) NULL,
    CONSTRAINT uk_dashboard_breach_visit PRIMARY KEY (application_id, visit_no),
    INDEX ix_dashboard_breach_open (branch_code, closed_at, entered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
