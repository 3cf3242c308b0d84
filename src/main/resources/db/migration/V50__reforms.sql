-- Reform monitor: Pollitt and Bouckaert's model of public management reform. The paper's content
-- ships in reference/reforms/*.yml and is loaded into these tables at start-up; analysts' edits
-- and assessments live here too. One script for H2 (PostgreSQL mode) and PostgreSQL.
--
-- Every editable row carries origin (SHIPPED from the files, or ANALYST), shipped_hash (the hash
-- of the file entry it was last loaded from: the loader leaves a row alone while the file's entry
-- is unchanged, so an analyst's edit of a shipped row stays until the file itself changes),
-- version (1 on creation, +1 on every change) and who changed it last and when.

-- Held FOR UPDATE by the loader, so that nodes starting together load one after the other.
CREATE TABLE reforms_lock (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO reforms_lock (id) VALUES (1);

-- An evidence item under one of the model's components A–E. in_diagram: drawn in the model's
-- box (the items of the paper's Figure 4, and those an analyst adds to it).
CREATE TABLE reforms_item (
    code          VARCHAR(60)              NOT NULL PRIMARY KEY,
    component     CHAR(1)                  NOT NULL CHECK (component IN ('A', 'B', 'C', 'D', 'E')),
    position      INTEGER                  NOT NULL,
    text_kk       VARCHAR(1000)            NOT NULL,
    text_ru       VARCHAR(1000)            NOT NULL,
    text_en       VARCHAR(1000)            NOT NULL,
    period        VARCHAR(40),
    year_from     INTEGER,
    year_to       INTEGER,
    in_diagram    BOOLEAN                  NOT NULL,
    source        VARCHAR(500)             NOT NULL,
    quote         VARCHAR(2000),
    origin        VARCHAR(10)              NOT NULL,
    shipped_hash  VARCHAR(64),
    version       INTEGER                  NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by    VARCHAR(100)             NOT NULL
);
CREATE INDEX reforms_item_component_idx ON reforms_item (component, position);

-- A reform programme or strategy; budget in US dollars as the paper gives it.
CREATE TABLE reforms_programme (
    code             VARCHAR(60)              NOT NULL PRIMARY KEY,
    component        CHAR(1)                  NOT NULL CHECK (component IN ('A', 'B', 'C', 'D', 'E')),
    position         INTEGER                  NOT NULL,
    name_kk          VARCHAR(500)             NOT NULL,
    name_ru          VARCHAR(500)             NOT NULL,
    name_en          VARCHAR(500)             NOT NULL,
    period           VARCHAR(40),
    year_from        INTEGER,
    year_to          INTEGER,
    budget_usd       NUMERIC(18, 2),
    budget_qualifier VARCHAR(20),
    owner_kk         VARCHAR(500)             NOT NULL,
    owner_ru         VARCHAR(500)             NOT NULL,
    owner_en         VARCHAR(500)             NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    source           VARCHAR(500)             NOT NULL,
    quote            VARCHAR(2000),
    origin           VARCHAR(10)              NOT NULL,
    shipped_hash     VARCHAR(64),
    version          INTEGER                  NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by       VARCHAR(100)             NOT NULL
);

-- A programme's measures (what it does) and milestones (dated steps), in order.
CREATE TABLE reforms_programme_step (
    programme_code VARCHAR(60)   NOT NULL REFERENCES reforms_programme (code),
    position       INTEGER       NOT NULL,
    kind           VARCHAR(10)   NOT NULL CHECK (kind IN ('MEASURE', 'MILESTONE')),
    text_kk        VARCHAR(1000) NOT NULL,
    text_ru        VARCHAR(1000) NOT NULL,
    text_en        VARCHAR(1000) NOT NULL,
    period         VARCHAR(40),
    year_from      INTEGER,
    source         VARCHAR(500)  NOT NULL,
    PRIMARY KEY (programme_code, position)
);

-- A legislative act.
CREATE TABLE reforms_act (
    code         VARCHAR(60)              NOT NULL PRIMARY KEY,
    component    CHAR(1)                  NOT NULL CHECK (component IN ('A', 'B', 'C', 'D', 'E')),
    position     INTEGER                  NOT NULL,
    name_kk      VARCHAR(500)             NOT NULL,
    name_ru      VARCHAR(500)             NOT NULL,
    name_en      VARCHAR(500)             NOT NULL,
    summary_kk   VARCHAR(1000)            NOT NULL,
    summary_ru   VARCHAR(1000)            NOT NULL,
    summary_en   VARCHAR(1000)            NOT NULL,
    period       VARCHAR(40),
    year_from    INTEGER,
    status       VARCHAR(20)              NOT NULL,
    source       VARCHAR(500)             NOT NULL,
    quote        VARCHAR(2000),
    origin       VARCHAR(10)              NOT NULL,
    shipped_hash VARCHAR(64),
    version      INTEGER                  NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(100)             NOT NULL
);

-- An indicator of the paper (a time series); the platform's live indicators are not stored here.
CREATE TABLE reforms_indicator (
    code         VARCHAR(60)              NOT NULL PRIMARY KEY,
    component    CHAR(1)                  NOT NULL CHECK (component IN ('A', 'B', 'C', 'D', 'E')),
    position     INTEGER                  NOT NULL,
    name_kk      VARCHAR(500)             NOT NULL,
    name_ru      VARCHAR(500)             NOT NULL,
    name_en      VARCHAR(500)             NOT NULL,
    unit         VARCHAR(30)              NOT NULL,
    note_kk      VARCHAR(1000),
    note_ru      VARCHAR(1000),
    note_en      VARCHAR(1000),
    shipped_hash VARCHAR(64),
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(100)             NOT NULL
);

-- One value of an indicator (amount): a period (2005, 2005-Q3, 2005-11, or 2000/2006 for a span of
-- years) and, for a breakdown (seats by party), a category ('' for none). qualifier says how the
-- source states it: exact, almost, over, some, estimated.
CREATE TABLE reforms_observation (
    indicator_code VARCHAR(60)              NOT NULL REFERENCES reforms_indicator (code),
    period         VARCHAR(20)              NOT NULL,
    category       VARCHAR(60)              NOT NULL,
    position       INTEGER                  NOT NULL,
    category_kk    VARCHAR(200),
    category_ru    VARCHAR(200),
    category_en    VARCHAR(200),
    amount         NUMERIC(20, 4)           NOT NULL,
    qualifier      VARCHAR(20)              NOT NULL,
    source         VARCHAR(500)             NOT NULL,
    quote          VARCHAR(2000),
    origin         VARCHAR(10)              NOT NULL,
    version        INTEGER                  NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by     VARCHAR(100)             NOT NULL,
    PRIMARY KEY (indicator_code, period, category)
);

-- An analyst's judgement of how well the model fits a component, versioned: every save is a new
-- row (version 1, 2, …), never an update, so the history stays. evidence: space-separated
-- references such as item:a-gdp-growth, programme:e-government-2005-2007, indicator:cpi-score.
CREATE TABLE reforms_assessment (
    component   CHAR(1)                  NOT NULL CHECK (component IN ('A', 'B', 'C', 'D', 'E')),
    version     INTEGER                  NOT NULL,
    fit         VARCHAR(10)              NOT NULL CHECK (fit IN ('GOOD', 'PARTIAL', 'POOR')),
    judgement   VARCHAR(4000)            NOT NULL,
    evidence    VARCHAR(2000)            NOT NULL,
    assessed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    assessed_by VARCHAR(100)             NOT NULL,
    PRIMARY KEY (component, version)
);
