--liquibase formatted sql

--changeset loket:population-004-step-guards
-- A card leaves data entry only once the family is submitted, and verification only once it is approved.
UPDATE service_step SET guard_code = 'family-complete', version = version + 1 WHERE service_code = 'KK' AND code = 'DATA_ENTRY';
UPDATE service_step SET guard_code = 'family-verified', version = version + 1 WHERE service_code = 'KK' AND code = 'VERIFICATION';
