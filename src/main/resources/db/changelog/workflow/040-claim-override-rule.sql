--liquibase formatted sql

--changeset loket:workflow-040-claim-override-rule
-- Who may release a claimed card or give it to another officer of the branch (issue 11.7): rules as data.
CREATE TABLE claim_override_rule (
    role_code VARCHAR(32) NOT NULL,
    action VARCHAR(16) NOT NULL,
    PRIMARY KEY (role_code, action)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO claim_override_rule (role_code, action) VALUES
    ('VERIFIER', 'RELEASE'), ('VERIFIER', 'REASSIGN'),
    ('HEAD_OF_OFFICE', 'RELEASE'), ('HEAD_OF_OFFICE', 'REASSIGN');
