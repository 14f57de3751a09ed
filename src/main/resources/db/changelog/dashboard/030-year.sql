--liquibase formatted sql

--changeset loket:dashboard-030-year
-- Durations and arrivals by calendar year (year = its 1 January): a period of several years reads whole years here,
-- whole months of its edge years from the month tables and only its edge days from the day tables, so the first
-- viewer of a 5-year dashboard reads ~5 rows per bucket instead of 60 (issue 13, ADR 008 "Measured at full scale").
-- Kept by the same code as the other roll-ups (Rollups.rows: listener and rebuild); a database that already has
-- roll-ups gets its years from the month tables here.
CREATE TABLE dash_duration_year (
    year DATE NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    step_code VARCHAR(32) NOT NULL,
    type_code VARCHAR(32) NOT NULL,
    kind CHAR(4) NOT NULL,
    upper_s INT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (kind, type_code, branch_code, year, step_code, upper_s)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

CREATE TABLE dash_arrival_year (
    year DATE NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    type_code VARCHAR(32) NOT NULL,
    weekday TINYINT NOT NULL,
    hour TINYINT NOT NULL,
    upper_s INT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (type_code, branch_code, year, weekday, hour, upper_s)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

INSERT INTO dash_duration_year (year, branch_code, step_code, type_code, kind, upper_s, n)
SELECT MAKEDATE(YEAR(month), 1), branch_code, step_code, type_code, kind, upper_s, SUM(n)
  FROM dash_duration_month
 GROUP BY MAKEDATE(YEAR(month), 1), branch_code, step_code, type_code, kind, upper_s;

INSERT INTO dash_arrival_year (year, branch_code, type_code, weekday, hour, upper_s, n)
SELECT MAKEDATE(YEAR(month), 1), branch_code, type_code, weekday, hour, upper_s, SUM(n)
  FROM dash_arrival_month
 GROUP BY MAKEDATE(YEAR(month), 1), branch_code, type_code, weekday, hour, upper_s;
