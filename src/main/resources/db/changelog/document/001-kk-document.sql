--liquibase formatted sql

--changeset loket:document-001-kk-document
-- One row per issued KK document (steps 6 and 7). The signed PDF is stored as signed and never rewritten: a reprint
-- serves the same bytes. A newer KK with the same number supersedes the older one (status SUPERSEDED,
-- superseded_by); a card sent back after signing withdraws its document (WITHDRAWN).
CREATE TABLE kk_document (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    application_id UUID NOT NULL,
    kk_number CHAR(16) NOT NULL,
    head_name VARCHAR(200) NOT NULL,
    member_count INT NOT NULL,
    issue_date DATE NOT NULL,
    office_name VARCHAR(200) NOT NULL,
    status VARCHAR(16) NOT NULL,
    superseded_by UUID NULL,
    status_changed_at DATETIME(6) NULL,
    check_code CHAR(12) NOT NULL,
    sha256 CHAR(64) NOT NULL,
    verification_url VARCHAR(300) NOT NULL,
    pdf_size INT NOT NULL,
    pages INT NOT NULL,
    signed_at DATETIME(6) NOT NULL,
    signed_by VARCHAR(60) NOT NULL,
    signer_name VARCHAR(200) NOT NULL,
    certificate_subject VARCHAR(400) NOT NULL,
    development_certificate BOOLEAN NOT NULL,
    print_count INT NOT NULL,
    handed_over_to VARCHAR(200) NULL,
    handed_over_id_number VARCHAR(32) NULL,
    handed_over_at DATETIME(6) NULL,
    handed_over_by VARCHAR(60) NULL,
    version BIGINT NOT NULL,
    INDEX ix_kk_document_application (application_id, status),
    INDEX ix_kk_document_number (kk_number, status),
    CONSTRAINT uk_kk_document_sha UNIQUE (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset loket:document-001-kk-document-pdf
-- The signed bytes apart from the document's facts, so lists, guards and the public page never load PDFs.
CREATE TABLE kk_document_pdf (
    document_id UUID NOT NULL PRIMARY KEY,
    pdf LONGBLOB NOT NULL,
    CONSTRAINT fk_kk_document_pdf FOREIGN KEY (document_id) REFERENCES kk_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset loket:document-001-guards
-- A card leaves step 6 only with a signed KK (guard bean "document-signed"), and step 7 only once it was handed over.
UPDATE service_step SET guard_code = 'document-signed', version = version + 1 WHERE service_code = 'KK' AND code = 'SIGNING';
UPDATE service_step SET guard_code = 'document-handed-over', version = version + 1 WHERE service_code = 'KK' AND code = 'HANDOVER';
