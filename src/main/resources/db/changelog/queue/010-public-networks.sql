--liquibase formatted sql

--changeset loket:queue-010-kiosk-setting
-- Who may use the kiosk and the TV display: the networks (CIDR, one per line) they may be opened from, and
-- how many tickets one address may take per hour. One row per server, edited by the admin (audited).
-- Starts with the private networks an office LAN uses; an empty list closes both pages (see README).
CREATE TABLE queue_setting (
    id INT NOT NULL PRIMARY KEY,
    allowed_networks TEXT NOT NULL,
    tickets_per_hour INT NOT NULL,
    version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO queue_setting (id, allowed_networks, tickets_per_hour, version) VALUES
    (1, '127.0.0.0/8\n10.0.0.0/8\n172.16.0.0/12\n192.168.0.0/16\n::1/128\nfc00::/7\nfe80::/10', 120, 0);
