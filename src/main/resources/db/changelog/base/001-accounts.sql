--liquibase formatted sql

--changeset loket:base-001-branch
CREATE TABLE branch (
    id UUID NOT NULL PRIMARY KEY,
    code VARCHAR(16) NOT NULL,
    name VARCHAR(120) NOT NULL,
    time_zone VARCHAR(4) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_branch_code UNIQUE (code),
    CONSTRAINT ck_branch_time_zone CHECK (time_zone IN ('WIB', 'WITA', 'WIT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset loket:base-001-app-user
CREATE TABLE app_user (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    username VARCHAR(60) NOT NULL,
    full_name VARCHAR(120) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    enabled BOOLEAN NOT NULL,
    failed_logins INT NOT NULL,
    locked_until DATETIME(6) NULL,
    locale VARCHAR(8) NULL,
    created_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_branch FOREIGN KEY (branch_code) REFERENCES branch (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id UUID NOT NULL,
    role VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset loket:base-001-audit-log
CREATE TABLE audit_log (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    actor VARCHAR(60) NOT NULL,
    entity_type VARCHAR(40) NOT NULL,
    entity_id VARCHAR(64) NOT NULL,
    action VARCHAR(40) NOT NULL,
    details TEXT NULL,
    INDEX ix_audit_entity (entity_type, entity_id),
    INDEX ix_audit_occurred (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset loket:base-001-event-publication
-- Spring Modulith's event publication registry (JPA), modelled on its schema-mariadb.sql.
CREATE TABLE event_publication (
    id UUID NOT NULL PRIMARY KEY,
    listener_id VARCHAR(512) NOT NULL,
    event_type VARCHAR(512) NOT NULL,
    serialized_event VARCHAR(4000) NOT NULL,
    publication_date DATETIME(6) NOT NULL,
    completion_date DATETIME(6) NULL,
    status VARCHAR(20) NULL,
    completion_attempts INT NOT NULL DEFAULT 0,
    last_resubmission_date DATETIME(6) NULL,
    INDEX ix_event_publication_completion (completion_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE event_publication_archive (
    id UUID NOT NULL PRIMARY KEY,
    listener_id VARCHAR(512) NOT NULL,
    event_type VARCHAR(512) NOT NULL,
    serialized_event VARCHAR(4000) NOT NULL,
    publication_date DATETIME(6) NOT NULL,
    completion_date DATETIME(6) NULL,
    status VARCHAR(20) NULL,
    completion_attempts INT NOT NULL DEFAULT 0,
    last_resubmission_date DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
