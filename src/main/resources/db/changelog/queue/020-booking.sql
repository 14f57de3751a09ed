--liquibase formatted sql

--changeset loket:queue-020-booking
-- Queue booking (issue 15): a citizen books a half-hour slot of a branch on a public page and gets a code; at
-- the kiosk the code becomes a ticket that "call next" serves before walk-ins while its slot runs. A booking
-- not used within the grace period is released. No name or NIK is kept; the phone (optional) is for the notice.
CREATE TABLE queue_booking (
    id UUID NOT NULL PRIMARY KEY,
    branch_code VARCHAR(16) NOT NULL,
    code VARCHAR(12) NOT NULL,
    type_code VARCHAR(32) NOT NULL,
    day DATE NOT NULL,
    slot_time TIME NOT NULL,
    slot_start DATETIME(6) NOT NULL,
    slot_end DATETIME(6) NOT NULL,
    phone VARCHAR(20) NULL,
    status VARCHAR(16) NOT NULL,
    ticket_id UUID NULL,
    created_at DATETIME(6) NOT NULL,
    finished_at DATETIME(6) NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_queue_booking_code UNIQUE (code),
    INDEX ix_queue_booking_slot (branch_code, day, slot_time, status),
    INDEX ix_queue_booking_open (status, slot_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Counters the front office opens per branch: the booking capacity of a slot derives from it.
CREATE TABLE queue_branch_counters (
    branch_code VARCHAR(16) NOT NULL PRIMARY KEY,
    counters_open INT NOT NULL,
    version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A ticket made from a booking is served first while its slot runs (booked_from <= now < booked_until).
ALTER TABLE ticket ADD COLUMN booked_from DATETIME(6) NULL, ADD COLUMN booked_until DATETIME(6) NULL;
