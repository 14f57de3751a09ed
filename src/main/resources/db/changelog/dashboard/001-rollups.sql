--liquibase formatted sql

--changeset loket:dashboard-001-rollups
-- Roll-ups of the step history for the dashboards (issue 13, ADR 008). Written by the dashboard's synchronous listener
-- on workflow's StepFinished in the step change's own transaction (n = n + 1), rebuilt from the history by
-- DashboardRollups.rebuild. Every sample is written twice: under its application type and under type_code '*'.
-- Durations are clock seconds in histogram buckets named by their upper edge upper_s, a bucket being
-- (lower, upper]: 15 s wide up to 600, 60 s up to 7200, 900 s up to 86400; 86401 holds everything beyond a day
-- (and the first bucket, 15, also holds 0). Days are the branch's local date of the visit's finish.

-- kind: WORK (claimed -> finished), WAIT (entered -> claimed), LEAD (ticket -> handover, step_code '*').
CREATE TABLE dash_duration_day (
    day DATE NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    step_code VARCHAR(32) NOT NULL,
    type_code VARCHAR(32) NOT NULL,
    kind CHAR(4) NOT NULL,
    upper_s INT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (kind, type_code, branch_code, day, step_code, upper_s)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

-- The same by calendar month (month = its first day): long ranges read whole months here, edge days above.
CREATE TABLE dash_duration_month (
    month DATE NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    step_code VARCHAR(32) NOT NULL,
    type_code VARCHAR(32) NOT NULL,
    kind CHAR(4) NOT NULL,
    upper_s INT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (kind, type_code, branch_code, month, step_code, upper_s)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

-- Working time per officer (the one who finished the visit) and day.
CREATE TABLE dash_officer_day (
    day DATE NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    step_code VARCHAR(32) NOT NULL,
    type_code VARCHAR(32) NOT NULL,
    username VARCHAR(60) NOT NULL,
    upper_s INT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (type_code, branch_code, day, step_code, username, upper_s)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Visits finished per day and step: done (went forward) and returned (sent back).
CREATE TABLE dash_count_day (
    day DATE NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    step_code VARCHAR(32) NOT NULL,
    type_code VARCHAR(32) NOT NULL,
    done_n BIGINT NOT NULL,
    returned_n BIGINT NOT NULL,
    PRIMARY KEY (type_code, branch_code, day, step_code)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

-- Arrivals for the heat maps: applications by the local day and hour their queue number was taken, as a histogram
-- of their queue wait (ticket -> called); the count of arrivals is the sum of n.
CREATE TABLE dash_arrival_day (
    day DATE NOT NULL,
    branch_code VARCHAR(16) NOT NULL,
    type_code VARCHAR(32) NOT NULL,
    hour TINYINT NOT NULL,
    upper_s INT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (type_code, branch_code, day, hour, upper_s)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;
