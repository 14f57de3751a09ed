--liquibase formatted sql

--changeset loket:workflow-001-application
CREATE TABLE application (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    registration_number VARCHAR(40) NULL,
    ticket_id UUID NULL,
    queue_number VARCHAR(16) NULL,
    type_code VARCHAR(32) NOT NULL,
    applicant_name VARCHAR(100) NOT NULL,
    applicant_nik CHAR(16) NOT NULL,
    applicant_phone VARCHAR(20) NOT NULL,
    status VARCHAR(16) NOT NULL,
    current_step VARCHAR(32) NOT NULL,
    visit_no INT NOT NULL,
    step_entered_at DATETIME(6) NOT NULL,
    step_claimed_at DATETIME(6) NULL,
    holder VARCHAR(60) NULL,
    rework_count INT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    finished_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_application_registration UNIQUE (registration_number),
    INDEX ix_application_board (branch_code, status, finished_at),
    INDEX ix_application_ticket (ticket_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE application_document (
    application_id UUID NOT NULL,
    document_code VARCHAR(40) NOT NULL,
    present BOOLEAN NOT NULL,
    PRIMARY KEY (application_id, document_code),
    CONSTRAINT fk_application_document_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The truth of every timing: one row per visit of an application to a step. Rows are only ever added;
-- claimed/finished are written once, when they happen.
CREATE TABLE step_history (
    id UUID NOT NULL PRIMARY KEY,
    application_id UUID NOT NULL,
    visit_no INT NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    step_code VARCHAR(32) NOT NULL,
    entered_at DATETIME(6) NOT NULL,
    claimed_at DATETIME(6) NULL,
    claimed_by VARCHAR(60) NULL,
    finished_at DATETIME(6) NULL,
    actor VARCHAR(60) NULL,
    outcome VARCHAR(16) NULL,
    reason VARCHAR(500) NULL,
    CONSTRAINT uk_step_history_visit UNIQUE (application_id, visit_no),
    CONSTRAINT fk_step_history_application FOREIGN KEY (application_id) REFERENCES application (id),
    INDEX ix_step_history_step (branch_code, step_code, entered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
