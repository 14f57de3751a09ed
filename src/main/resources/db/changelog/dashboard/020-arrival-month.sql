--liquibase formatted sql

--changeset loket:dashboard-020-arrival-month
-- Arrivals by calendar month (month = its first day), weekday (0 = Monday, as MariaDB's WEEKDAY) and hour: the heat
-- maps of a long period read whole months here and only the edge days from dash_arrival_day (issue 13, ADR 008).
-- Kept by the same code as the other roll-ups (Rollups.rows: listener and rebuild); a database that already has
-- arrivals gets its months from the day table here.
CREATE TABLE dash_arrival_month (
    month DATE NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    type_code VARCHAR(32) NOT NULL,
    weekday TINYINT NOT NULL,
    hour TINYINT NOT NULL,
    upper_s INT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (type_code, branch_code, month, weekday, hour, upper_s)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

INSERT INTO dash_arrival_month (month, branch_code, type_code, weekday, hour, upper_s, n)
SELECT DATE_SUB(day, INTERVAL DAYOFMONTH(day) - 1 DAY), branch_code, type_code, WEEKDAY(day), hour, upper_s, SUM(n)
  FROM dash_arrival_day
 GROUP BY DATE_SUB(day, INTERVAL DAYOFMONTH(day) - 1 DAY), branch_code, type_code, WEEKDAY(day), hour, upper_s;
