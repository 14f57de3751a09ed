--liquibase formatted sql

--changeset loket:population-003-family
-- The family data of one application (step 4 enters it, step 5 verifies it). baseline_json keeps what SIAK or
-- the old KK said when entry started, so the verifier sees exactly what changed.
CREATE TABLE family (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    application_id UUID NOT NULL,
    kk_number CHAR(16) NULL,
    address VARCHAR(200) NULL,
    rt CHAR(3) NULL,
    rw CHAR(3) NULL,
    village_code VARCHAR(16) NULL,
    postal_code CHAR(5) NULL,
    status VARCHAR(16) NOT NULL,
    baseline_source VARCHAR(16) NOT NULL,
    baseline_json MEDIUMTEXT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    updated_by VARCHAR(60) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_family_application UNIQUE (application_id),
    INDEX ix_family_kk (kk_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE family_member (
    id UUID NOT NULL PRIMARY KEY,
    family_id UUID NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    seq INT NOT NULL,
    full_name VARCHAR(100) NOT NULL,
    nik CHAR(16) NOT NULL,
    sex_code VARCHAR(16) NOT NULL,
    birth_place VARCHAR(60) NOT NULL,
    birth_date DATE NOT NULL,
    religion_code VARCHAR(16) NOT NULL,
    education_code VARCHAR(16) NOT NULL,
    occupation_code VARCHAR(16) NOT NULL,
    blood_type_code VARCHAR(16) NULL,
    marital_status_code VARCHAR(16) NOT NULL,
    marriage_date DATE NULL,
    marriage_date_unknown BOOLEAN NOT NULL,
    relationship_code VARCHAR(16) NOT NULL,
    citizenship_code VARCHAR(16) NOT NULL,
    passport_number VARCHAR(20) NULL,
    kitap_number VARCHAR(30) NULL,
    father_name VARCHAR(100) NULL,
    mother_name VARCHAR(100) NULL,
    moved_out BOOLEAN NOT NULL,
    CONSTRAINT fk_family_member_family FOREIGN KEY (family_id) REFERENCES family (id) ON DELETE CASCADE,
    INDEX ix_family_member_nik (nik)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
