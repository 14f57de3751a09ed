--liquibase formatted sql

--changeset loket:complaint-001-tables
-- Categories and holidays are reference data an office edits; seed rows carry branch_code '*' (every office).
CREATE TABLE complaint_category (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    code VARCHAR(32) NOT NULL,
    name_id VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    suggested_division VARCHAR(16) NOT NULL,
    follow_up_hours INT NOT NULL,
    resolution_hours INT NOT NULL,
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_complaint_category_code UNIQUE (code),
    CONSTRAINT ck_complaint_category_division CHECK (suggested_division IN ('SEKRETARIS', 'DAFDUK', 'CAPIL')),
    CONSTRAINT ck_complaint_category_hours CHECK (follow_up_hours > 0 AND resolution_hours >= follow_up_hours)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE complaint_holiday (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    holiday_date DATE NOT NULL,
    name VARCHAR(160) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    CONSTRAINT uk_complaint_holiday_date UNIQUE (holiday_date),
    CONSTRAINT ck_complaint_holiday_kind CHECK (kind IN ('libur', 'cuti_bersama', 'lokal'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE complaint (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    number VARCHAR(32) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    anonymous BOOLEAN NOT NULL,
    complainant_name VARCHAR(120) NULL,
    phone VARCHAR(20) NULL,
    nik CHAR(16) NULL,
    category_code VARCHAR(32) NOT NULL,
    description TEXT NOT NULL,
    kk_registration_number VARCHAR(40) NULL,
    lapor_tracking_id VARCHAR(40) NULL,
    status VARCHAR(20) NOT NULL,
    division VARCHAR(16) NULL,
    past_divisions VARCHAR(80) NOT NULL,
    received_at DATETIME(6) NOT NULL,
    disposed_at DATETIME(6) NULL,
    first_follow_up_at DATETIME(6) NULL,
    resolved_at DATETIME(6) NULL,
    answer TEXT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_complaint_number UNIQUE (number),
    CONSTRAINT fk_complaint_category FOREIGN KEY (category_code) REFERENCES complaint_category (code),
    CONSTRAINT ck_complaint_status CHECK (status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_CITIZEN', 'ESCALATED', 'RESOLVED')),
    CONSTRAINT ck_complaint_channel CHECK (channel IN ('TELEPON', 'DATANG', 'LAPOR', 'WEB', 'LAINNYA')),
    INDEX ix_complaint_branch_status (branch_code, status),
    INDEX ix_complaint_received (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The complaint's own timeline: append-only, one row per action; waiting-on-citizen pauses are derived from it.
CREATE TABLE complaint_event (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    complaint_id UUID NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    actor VARCHAR(60) NOT NULL,
    action VARCHAR(24) NOT NULL,
    from_status VARCHAR(20) NULL,
    to_status VARCHAR(20) NOT NULL,
    division VARCHAR(16) NULL,
    note TEXT NULL,
    CONSTRAINT fk_complaint_event_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    INDEX ix_complaint_event_complaint (complaint_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Complaint numbers run per branch per day; the row lock taken by the upsert serialises concurrent intakes.
CREATE TABLE complaint_number_seq (
    branch_code VARCHAR(16) NOT NULL,
    day DATE NOT NULL,
    last_value INT NOT NULL,
    PRIMARY KEY (branch_code, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset loket:complaint-001-categories
INSERT INTO complaint_category (id, branch_code, code, name_id, name_en, suggested_division, follow_up_hours, resolution_hours, active, version) VALUES ('0b743ef6-1604-5289-aac4-3edcdc2145b3', '*', 'LAYANAN_LAMBAT', 'Pelayanan lambat atau melebihi standar waktu', 'Slow service or past the service standard', 'SEKRETARIS', 2, 40, TRUE, 0);
INSERT INTO complaint_category (id, branch_code, code, name_id, name_en, suggested_division, follow_up_hours, resolution_hours, active, version) VALUES ('fe917293-44d5-5127-95b2-d9fed9a25afb', '*', 'DATA_KK', 'Kesalahan data pada KK', 'Wrong data on the KK', 'DAFDUK', 2, 40, TRUE, 0);
INSERT INTO complaint_category (id, branch_code, code, name_id, name_en, suggested_division, follow_up_hours, resolution_hours, active, version) VALUES ('b764b5f2-0671-53da-9af2-144049194990', '*', 'PINDAH_DATANG', 'Pindah datang dan domisili', 'Moving in/out and domicile', 'DAFDUK', 2, 40, TRUE, 0);
INSERT INTO complaint_category (id, branch_code, code, name_id, name_en, suggested_division, follow_up_hours, resolution_hours, active, version) VALUES ('37fd29b5-de2e-5ec3-be0c-da337178ed32', '*', 'NIK_SIAK', 'NIK atau data SIAK bermasalah', 'NIK or SIAK data problem', 'DAFDUK', 2, 40, TRUE, 0);
INSERT INTO complaint_category (id, branch_code, code, name_id, name_en, suggested_division, follow_up_hours, resolution_hours, active, version) VALUES ('428fd48a-25cf-565d-a42a-e49751595e99', '*', 'AKTA', 'Akta kelahiran, kematian, perkawinan, perceraian', 'Birth, death, marriage, divorce certificates', 'CAPIL', 2, 40, TRUE, 0);
INSERT INTO complaint_category (id, branch_code, code, name_id, name_en, suggested_division, follow_up_hours, resolution_hours, active, version) VALUES ('fda95897-f700-562c-9da6-f90babebae7a', '*', 'PERILAKU', 'Perilaku petugas', 'Staff conduct', 'SEKRETARIS', 2, 24, TRUE, 0);
INSERT INTO complaint_category (id, branch_code, code, name_id, name_en, suggested_division, follow_up_hours, resolution_hours, active, version) VALUES ('1b3afaef-f463-5ab0-b88b-7f5ddd0541fa', '*', 'PUNGLI', 'Pungutan liar atau biaya tidak resmi', 'Illegal fees', 'SEKRETARIS', 1, 16, TRUE, 0);
INSERT INTO complaint_category (id, branch_code, code, name_id, name_en, suggested_division, follow_up_hours, resolution_hours, active, version) VALUES ('5bf51c99-e8b8-5e20-be34-35c7f53d1ee6', '*', 'SARANA', 'Sarana dan prasarana pelayanan', 'Service facilities', 'SEKRETARIS', 4, 80, TRUE, 0);
INSERT INTO complaint_category (id, branch_code, code, name_id, name_en, suggested_division, follow_up_hours, resolution_hours, active, version) VALUES ('989bff7b-613f-5b23-8f57-437c725d5d3c', '*', 'LAINNYA', 'Lainnya', 'Other', 'SEKRETARIS', 4, 40, TRUE, 0);

--changeset loket:complaint-001-holidays
-- From ../shared/domain/holidays.csv (SKB 2025 with its Aug 2025 amendment, SKB 2026); 2027 is not published yet.
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('8b3fd5a0-4445-5256-ab67-9bb6399db58c', '*', '2025-01-01', 'Tahun Baru 2025 Masehi', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('5aa96083-e236-53d4-9bab-441467324714', '*', '2025-01-27', 'Isra Mikraj Nabi Muhammad S.A.W.', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('c97f87fc-b1d2-5640-818b-1192b0b46e38', '*', '2025-01-28', 'Cuti Bersama Tahun Baru Imlek 2576 Kongzili', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('cc44d44a-4d6e-5e88-8511-e398632a3d3b', '*', '2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('7fa401be-77fd-5547-8ae3-64a052916e46', '*', '2025-03-28', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1947)', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('c6d8841f-81a5-50e4-b396-040dca7d3371', '*', '2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('4f81f6a9-3d11-5b3d-a8c4-1a84ddf860aa', '*', '2025-03-31', 'Idulfitri 1446 Hijriah', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('d1ae9fb1-67db-52d9-baf4-9500beecf6d7', '*', '2025-04-01', 'Idulfitri 1446 Hijriah', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('36c1045f-cb38-5e61-b0ed-613228c4a519', '*', '2025-04-02', 'Cuti Bersama Idulfitri 1446 Hijriah', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('4dbe6d26-04e4-53fa-99a3-c903f9119980', '*', '2025-04-03', 'Cuti Bersama Idulfitri 1446 Hijriah', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('ec7a72f4-4432-5605-ade4-3fa278919ee8', '*', '2025-04-04', 'Cuti Bersama Idulfitri 1446 Hijriah', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('04a84b97-5538-5909-82c2-57c80d504c2b', '*', '2025-04-07', 'Cuti Bersama Idulfitri 1446 Hijriah', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('63a51541-01d3-5335-b23f-3f8f60431393', '*', '2025-04-18', 'Wafat Yesus Kristus', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('f87eb3c4-6223-587a-9fa0-73f3f3df7604', '*', '2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('6ddb956a-add7-5f35-a035-b9aad2118b7b', '*', '2025-05-01', 'Hari Buruh Internasional', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('3154bce2-2a86-593c-8b86-638aab3b2775', '*', '2025-05-12', 'Hari Raya Waisak 2569 BE', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('a374a66f-9740-5176-90b7-913a730e3fb0', '*', '2025-05-13', 'Cuti Bersama Hari Raya Waisak 2569 BE', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('d8e61b97-cca5-5638-b1ab-c14852d036e4', '*', '2025-05-29', 'Kenaikan Yesus Kristus', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('32c78c87-81de-5104-9ab5-bb36af490768', '*', '2025-05-30', 'Cuti Bersama Kenaikan Yesus Kristus', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('73d8103e-bc7a-545e-a4e4-04c4dbcc5bad', '*', '2025-06-01', 'Hari Lahir Pancasila', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('527d6934-dab4-58e0-9b23-92f5f17dbb0a', '*', '2025-06-06', 'Iduladha 1446 Hijriah', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('7ad8c46c-0c36-5d39-a9bb-bb93a7a21136', '*', '2025-06-09', 'Cuti Bersama Iduladha 1446 Hijriah', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('ad8fe7ad-25bb-5283-8edb-c85315709dad', '*', '2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('63ee785a-fc1f-5eb8-bed5-c9693158f864', '*', '2025-08-17', 'Proklamasi Kemerdekaan', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('b6cfcb17-1256-583a-8ad5-7d8bedb7f3b1', '*', '2025-08-18', 'Cuti Bersama HUT ke-80 Kemerdekaan Republik Indonesia', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('2ffb5ed3-3c2b-5ad4-80f7-a2d85a186fce', '*', '2025-09-05', 'Maulid Nabi Muhammad S.A.W.', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('a0990faa-eda3-594d-ab43-57793176f9c8', '*', '2025-12-25', 'Kelahiran Yesus Kristus', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('57795148-4f1b-5221-a532-1f3c5e0c2614', '*', '2025-12-26', 'Cuti Bersama Kelahiran Yesus Kristus', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('5cf98a25-d4c7-5960-955a-593fc9535df6', '*', '2026-01-01', 'Tahun Baru 2026 Masehi', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('ed964051-d53d-5843-9a78-3e3e7246d3d0', '*', '2026-01-16', 'Isra Mikraj Nabi Muhammad S.A.W.', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('9ed8406c-5bd0-5c2d-be54-6cbb81cf2438', '*', '2026-02-16', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('4c14e523-b0fb-55d8-a03a-672f75d16c96', '*', '2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('721bc3aa-5d7c-5989-b587-af1197ee5bad', '*', '2026-03-18', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('ee80200b-316c-5412-82b1-379cb694a444', '*', '2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('927bf874-799e-509c-b36b-1617cab53fd0', '*', '2026-03-20', 'Cuti Bersama Idulfitri 1447 Hijriah', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('56a42efb-1951-5ee6-b89e-9692991a9c0f', '*', '2026-03-21', 'Idulfitri 1447 Hijriah', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('55e22f7f-5c2f-5303-8602-ab137f615149', '*', '2026-03-22', 'Idulfitri 1447 Hijriah', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('a5342a16-16b5-5d31-8d83-0d4491fbfd8a', '*', '2026-03-23', 'Cuti Bersama Idulfitri 1447 Hijriah', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('e0e4f8ce-e308-5190-8888-f3cb344f3868', '*', '2026-03-24', 'Cuti Bersama Idulfitri 1447 Hijriah', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('26207c75-47c9-51d2-b5f5-10d7613afee0', '*', '2026-04-03', 'Wafat Yesus Kristus', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('0fe78cb0-949d-5429-ad1f-3c4465311525', '*', '2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('378be759-2f2f-5359-8c89-f538ce2bf13b', '*', '2026-05-01', 'Hari Buruh Internasional', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('d250407f-d40e-5486-9492-861c6aec8940', '*', '2026-05-14', 'Kenaikan Yesus Kristus', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('13f1bbbe-708d-52e4-828a-49ba4474d1e7', '*', '2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('a5d69d68-0b9a-5d08-83ed-c86c302436ff', '*', '2026-05-27', 'Iduladha 1447 Hijriah', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('e641a068-df44-58b6-a3a4-dc08543cd176', '*', '2026-05-28', 'Cuti Bersama Iduladha 1447 Hijriah', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('8a671cb2-b7d3-52e6-9890-ba3240b8836c', '*', '2026-05-31', 'Hari Raya Waisak 2570 BE', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('4715fb11-1f94-59bf-ba72-b86a4e6b89c5', '*', '2026-06-01', 'Hari Lahir Pancasila', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('739b0af9-3b82-56a9-9a5e-7c35b2c1470b', '*', '2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('1ef4d625-1096-5088-b694-0f603ef9d846', '*', '2026-08-17', 'Proklamasi Kemerdekaan', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('86e2610c-0c50-56d6-a898-4d488ef742b8', '*', '2026-08-25', 'Maulid Nabi Muhammad S.A.W.', 'libur');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('18c7da8d-f0fa-5c08-a408-479caf418041', '*', '2026-12-24', 'Cuti Bersama Kelahiran Yesus Kristus', 'cuti_bersama');
INSERT INTO complaint_holiday (id, branch_code, holiday_date, name, kind) VALUES ('728bbeab-3c32-5121-9677-f0ed6aca4df7', '*', '2026-12-25', 'Kelahiran Yesus Kristus', 'libur');
