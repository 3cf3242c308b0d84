-- Ratings: indicators per unit (state body, region, service centre, service) and month, kept as
-- counters and a histogram of processing days, so that a quarter or a year is a sum of months and
-- percentiles stay exact to the day. One script for H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE ratings_cell (
    unit_level   VARCHAR(10) NOT NULL,
    unit_code    VARCHAR(50) NOT NULL,
    period_month CHAR(7)     NOT NULL,
    submitted    BIGINT      NOT NULL DEFAULT 0,
    filed_online BIGINT      NOT NULL DEFAULT 0,
    decided      BIGINT      NOT NULL DEFAULT 0,
    on_time      BIGINT      NOT NULL DEFAULT 0,
    refused      BIGINT      NOT NULL DEFAULT 0,
    returned     BIGINT      NOT NULL DEFAULT 0,
    rated        BIGINT      NOT NULL DEFAULT 0,
    score_sum    BIGINT      NOT NULL DEFAULT 0,
    rated_high   BIGINT      NOT NULL DEFAULT 0,
    complaints   BIGINT      NOT NULL DEFAULT 0,
    answered     BIGINT      NOT NULL DEFAULT 0,
    upheld       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_level, period_month, unit_code)
);

-- Decided applications by working days from filing to decision; 60 stands for 60 or more.
CREATE TABLE ratings_days (
    unit_level   VARCHAR(10) NOT NULL,
    unit_code    VARCHAR(50) NOT NULL,
    period_month CHAR(7)     NOT NULL,
    days         SMALLINT    NOT NULL,
    applications BIGINT      NOT NULL,
    PRIMARY KEY (unit_level, period_month, unit_code, days)
);

-- The units a complaint counts against, remembered from its filing for its answer.
CREATE TABLE ratings_complaint (
    number       VARCHAR(11) NOT NULL PRIMARY KEY,
    service_code VARCHAR(20),
    body_code    VARCHAR(50) NOT NULL,
    region_code  VARCHAR(20),
    centre_code  VARCHAR(50)
);

-- Every event already counted (kind and key): a second delivery changes nothing.
CREATE TABLE ratings_processed_event (
    event_key VARCHAR(80) NOT NULL PRIMARY KEY
);
