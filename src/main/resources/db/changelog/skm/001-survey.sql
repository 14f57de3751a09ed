--liquibase formatted sql

--changeset loket:skm-001-survey
-- One row per handed-over KK: the one-time survey token. Only the token, branch, application type and the branch-local
-- day of the handover: nothing names the applicant or the application (the survey is anonymous).
CREATE TABLE skm_token (
    token VARCHAR(32) NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    type_code VARCHAR(32) NOT NULL,
    service_day DATE NOT NULL,
    used BOOLEAN NOT NULL DEFAULT FALSE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per submitted survey, with no reference to its token and no time of day: the nine ratings (1-4), dated by
-- the day of the service.
CREATE TABLE skm_response (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    type_code VARCHAR(32) NOT NULL,
    service_day DATE NOT NULL,
    u1 TINYINT NOT NULL,
    u2 TINYINT NOT NULL,
    u3 TINYINT NOT NULL,
    u4 TINYINT NOT NULL,
    u5 TINYINT NOT NULL,
    u6 TINYINT NOT NULL,
    u7 TINYINT NOT NULL,
    u8 TINYINT NOT NULL,
    u9 TINYINT NOT NULL,
    INDEX ix_skm_response_day (service_day, branch_code),
    CONSTRAINT ck_skm_response_ratings CHECK (u1 BETWEEN 1 AND 4 AND u2 BETWEEN 1 AND 4 AND u3 BETWEEN 1 AND 4
        AND u4 BETWEEN 1 AND 4 AND u5 BETWEEN 1 AND 4 AND u6 BETWEEN 1 AND 4 AND u7 BETWEEN 1 AND 4
        AND u8 BETWEEN 1 AND 4 AND u9 BETWEEN 1 AND 4)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
