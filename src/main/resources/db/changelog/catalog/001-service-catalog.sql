--liquibase formatted sql

--changeset loket:catalog-001-tables
CREATE TABLE service (
    code VARCHAR(16) NOT NULL PRIMARY KEY,
    name_id VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    queue_prefix VARCHAR(8) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service_step (
    id UUID NOT NULL PRIMARY KEY,
    service_code VARCHAR(16) NOT NULL,
    seq INT NOT NULL,
    code VARCHAR(32) NOT NULL,
    name_id VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    role VARCHAR(32) NOT NULL,
    standard_minutes INT NOT NULL,
    wip_limit INT NOT NULL,
    on_board BOOLEAN NOT NULL,
    guard_code VARCHAR(40) NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_service_step_code UNIQUE (service_code, code),
    CONSTRAINT uk_service_step_seq UNIQUE (service_code, seq),
    CONSTRAINT fk_service_step_service FOREIGN KEY (service_code) REFERENCES service (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE required_document (
    code VARCHAR(40) NOT NULL PRIMARY KEY,
    name_id VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE application_type (
    code VARCHAR(32) NOT NULL PRIMARY KEY,
    service_code VARCHAR(16) NOT NULL,
    name_id VARCHAR(160) NOT NULL,
    name_en VARCHAR(160) NOT NULL,
    addition BOOLEAN NOT NULL,
    sort_order INT NOT NULL,
    active BOOLEAN NOT NULL,
    CONSTRAINT fk_application_type_service FOREIGN KEY (service_code) REFERENCES service (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE application_type_document (
    type_code VARCHAR(32) NOT NULL,
    document_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (type_code, document_code),
    CONSTRAINT fk_atd_type FOREIGN KEY (type_code) REFERENCES application_type (code),
    CONSTRAINT fk_atd_document FOREIGN KEY (document_code) REFERENCES required_document (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset loket:catalog-001-kk-service
-- The published service standard for issuing a KK (see shared/domain/service-standard-kk.txt).
INSERT INTO service (code, name_id, name_en, queue_prefix) VALUES ('KK', 'Penerbitan Kartu Keluarga', 'Family Card (KK) issuance', 'KK');

INSERT INTO service_step (id, service_code, seq, code, name_id, name_en, role, standard_minutes, wip_limit, on_board, guard_code, version) VALUES
 ('0b1c0001-0000-4000-8000-000000000001', 'KK', 1, 'QUEUE', 'Ambil nomor antrian dan serahkan persyaratan', 'Queue number and documents handed in', 'FRONT_OFFICE', 5, 20, FALSE, NULL, 0),
 ('0b1c0001-0000-4000-8000-000000000002', 'KK', 2, 'INTAKE', 'Penerimaan dan penelitian berkas (FO)', 'Front office receives and checks the file', 'FRONT_OFFICE', 5, 10, FALSE, NULL, 0),
 ('0b1c0001-0000-4000-8000-000000000003', 'KK', 3, 'SIAK_CHECK', 'Verifikasi data ke SIAK', 'Data check against SIAK', 'COUNTER', 5, 10, TRUE, NULL, 0),
 ('0b1c0001-0000-4000-8000-000000000004', 'KK', 4, 'DATA_ENTRY', 'Entri data dan pengajuan verifikasi', 'Data entry and submission for verification', 'OPERATOR', 5, 10, TRUE, NULL, 0),
 ('0b1c0001-0000-4000-8000-000000000005', 'KK', 5, 'VERIFICATION', 'Verifikasi oleh Kepala Seksi', 'Verification by the head of section', 'VERIFIER', 5, 10, TRUE, NULL, 0),
 ('0b1c0001-0000-4000-8000-000000000006', 'KK', 6, 'SIGNING', 'Tanda Tangan Elektronik (TTE)', 'Electronic signature (TTE)', 'SIGNER', 3, 10, TRUE, NULL, 0),
 ('0b1c0001-0000-4000-8000-000000000007', 'KK', 7, 'HANDOVER', 'Cetak dan serahkan KK di loket pengambilan', 'Print and hand over at the pickup counter', 'PICKUP', 2, 10, TRUE, NULL, 0);

INSERT INTO required_document (code, name_id, name_en) VALUES
 ('MARRIAGE_CERT_COPY', 'Fotokopi akta perkawinan', 'Photocopy of the marriage certificate'),
 ('BIRTH_STATEMENT', 'Surat keterangan kelahiran dari bidan/dokter', 'Birth statement from the midwife/doctor'),
 ('OLD_KK_ORIGINAL', 'Kartu Keluarga (KK) lama asli', 'Original old Family Card (KK)'),
 ('MOVING_IN_LETTER', 'Surat keterangan pindah datang', 'Moving-in letter (surat keterangan pindah datang)'),
 ('ARRIVAL_LETTER_ABROAD', 'Surat keterangan datang dari luar negeri', 'Arrival letter from abroad'),
 ('KITAP', 'Izin tinggal tetap (KITAP)', 'Permanent stay permit (KITAP)'),
 ('LOSS_REPORT_OR_DAMAGED_KK', 'Surat keterangan kehilangan dari kepolisian atau KK yang rusak', 'Police loss report, or the damaged KK'),
 ('SUPPORTING_EVIDENCE', 'Dokumen pendukung perubahan data (akta, ijazah, dll.)', 'Document supporting the data change (certificate, diploma, etc.)'),
 ('DEATH_CERTIFICATE', 'Akta kematian atau surat keterangan kematian', 'Death certificate or death statement');

-- addition = TRUE marks types beyond the published standard, added because offices handle them every day.
INSERT INTO application_type (code, service_code, name_id, name_en, addition, sort_order, active) VALUES
 ('NEW_FAMILY', 'KK', 'KK baru (setelah menikah)', 'New family after marriage', FALSE, 10, TRUE),
 ('BIRTH', 'KK', 'Penambahan anak (kelahiran)', 'Birth of a child', FALSE, 20, TRUE),
 ('MOVE_IN', 'KK', 'Pindah datang', 'Moving in', FALSE, 30, TRUE),
 ('ARRIVAL_ABROAD', 'KK', 'WNI datang dari luar negeri', 'Citizen arriving from abroad', FALSE, 40, TRUE),
 ('FOREIGNER_KITAP', 'KK', 'Orang asing dengan izin tinggal tetap', 'Foreigner with permanent stay permit', FALSE, 50, TRUE),
 ('ADD_MEMBER', 'KK', 'Penambahan anggota keluarga', 'Adding another family member', FALSE, 60, TRUE),
 ('LOST_DAMAGED', 'KK', 'KK hilang atau rusak', 'Replacing a lost or damaged KK', TRUE, 70, TRUE),
 ('DATA_CHANGE', 'KK', 'Perubahan data', 'Changing data', TRUE, 80, TRUE),
 ('DEATH', 'KK', 'Pengurangan anggota (kematian)', 'Removing a member (death)', TRUE, 90, TRUE);

INSERT INTO application_type_document (type_code, document_code) VALUES
 ('NEW_FAMILY', 'MARRIAGE_CERT_COPY'),
 ('BIRTH', 'BIRTH_STATEMENT'),
 ('BIRTH', 'OLD_KK_ORIGINAL'),
 ('MOVE_IN', 'MOVING_IN_LETTER'),
 ('ARRIVAL_ABROAD', 'ARRIVAL_LETTER_ABROAD'),
 ('FOREIGNER_KITAP', 'KITAP'),
 ('ADD_MEMBER', 'OLD_KK_ORIGINAL'),
 ('LOST_DAMAGED', 'LOSS_REPORT_OR_DAMAGED_KK'),
 ('DATA_CHANGE', 'OLD_KK_ORIGINAL'),
 ('DATA_CHANGE', 'SUPPORTING_EVIDENCE'),
 ('DEATH', 'OLD_KK_ORIGINAL'),
 ('DEATH', 'DEATH_CERTIFICATE');
