--liquibase formatted sql

--changeset loket:queue-010-public-networks
-- The networks (CIDR) the kiosk and the TV display may be used from, set by the admin (audited). One row per
-- server; an empty list means only this server's own machine and private office networks (see README).
CREATE TABLE queue_setting (
    id INT NOT NULL PRIMARY KEY,
    allowed_networks TEXT NOT NULL,
    version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
