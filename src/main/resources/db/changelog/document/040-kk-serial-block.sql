--liquibase formatted sql

--changeset loket:document-040-kk-serial-block
-- KK serial blocks (issue 14.4). On the central: every block granted to a branch (serials first..last of one
-- district on each day valid_from..valid_until), so blocks of one district never overlap. On an enrolled branch:
-- the blocks it received; new families get their serial from them instead of loket.document.kk-serial-first/last.
CREATE TABLE kk_serial_block (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(32) NOT NULL,
    district VARCHAR(6) NOT NULL,
    serial_first INT NOT NULL,
    serial_last INT NOT NULL,
    valid_from DATE NOT NULL,
    valid_until DATE NOT NULL,
    granted_at DATETIME(6) NOT NULL,
    INDEX ix_kk_serial_block_district (district, valid_until),
    INDEX ix_kk_serial_block_branch (branch_code, district, valid_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
