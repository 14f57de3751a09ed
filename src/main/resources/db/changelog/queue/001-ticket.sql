--liquibase formatted sql

--changeset loket:queue-001-ticket
CREATE TABLE ticket (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    service_code VARCHAR(16) NOT NULL,
    day DATE NOT NULL,
    seq INT NOT NULL,
    number VARCHAR(16) NOT NULL,
    type_code VARCHAR(32) NOT NULL,
    status VARCHAR(16) NOT NULL,
    counter VARCHAR(40) NULL,
    call_count INT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    called_at DATETIME(6) NULL,
    called_by VARCHAR(60) NULL,
    finished_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_ticket_number UNIQUE (branch_code, day, number),
    INDEX ix_ticket_status (branch_code, day, status, seq),
    INDEX ix_ticket_called (branch_code, called_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
