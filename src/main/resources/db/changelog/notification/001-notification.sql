--liquibase formatted sql

--changeset loket:notification-001-message
-- The notification outbox: a row is written in the same transaction as the change it announces (intake, a move to
-- the pickup counter, a complaint's answer), so it commits or rolls back with it. The sender delivers PENDING rows
-- outside any transaction and marks them SENT only after the gateway accepted; the idempotency key travels with every
-- attempt, so a retry after a lost answer cannot make the gateway send twice.
CREATE TABLE notification_message (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    type VARCHAR(24) NOT NULL,
    idempotency_key VARCHAR(120) NOT NULL,
    phone VARCHAR(20) NOT NULL,
    text TEXT NOT NULL,
    status VARCHAR(8) NOT NULL,
    attempts INT NOT NULL,
    next_attempt_at DATETIME(6) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    sent_at DATETIME(6) NULL,
    last_error VARCHAR(200) NULL,
    CONSTRAINT uk_notification_message_key UNIQUE (idempotency_key),
    INDEX ix_notification_message_due (status, next_attempt_at),
    INDEX ix_notification_message_branch (branch_code, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset loket:notification-001-template
-- One template per message type in both languages, editable by the admin. Placeholders: {nomor} (registration,
-- queue or complaint number), {dokumen} (missing documents), {cabang} (branch name), {tautan} (status page),
-- {jawaban} (the complaint's answer).
CREATE TABLE notification_template (
    type VARCHAR(24) NOT NULL PRIMARY KEY,
    text_id VARCHAR(1000) NOT NULL,
    text_en VARCHAR(1000) NOT NULL,
    updated_at DATETIME(6) NULL,
    updated_by VARCHAR(60) NULL,
    version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO notification_template (type, text_id, text_en, version) VALUES
 ('RECEIVED',
  '{cabang}: permohonan KK Anda diterima dengan nomor registrasi {nomor}. Pantau prosesnya di {tautan}',
  '{cabang}: your KK application was received, registration number {nomor}. Follow it at {tautan}', 0),
 ('RETURNED',
  '{cabang}: berkas permohonan KK Anda (antrian {nomor}) dikembalikan karena dokumen kurang: {dokumen}. Silakan lengkapi lalu datang kembali.',
  '{cabang}: your KK application (queue {nomor}) was returned, documents missing: {dokumen}. Please complete them and come back.', 0),
 ('KK_READY',
  '{cabang}: KK Anda (nomor registrasi {nomor}) sudah ditandatangani dan siap diambil di loket pengambilan.',
  '{cabang}: your KK (registration number {nomor}) is signed and ready for pickup at the pickup counter.', 0),
 ('COMPLAINT_ANSWER',
  '{cabang}: pengaduan {nomor} telah dijawab: {jawaban}',
  '{cabang}: complaint {nomor} was answered: {jawaban}', 0);
