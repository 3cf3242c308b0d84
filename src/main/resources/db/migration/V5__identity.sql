-- Identity: accounts of persons and staff, one-time codes, access and API tokens, rate limits,
-- and the browser sessions (Spring Session JDBC, under this module's prefix).
CREATE TABLE identity_account (
    id            UUID                     NOT NULL PRIMARY KEY,
    username      VARCHAR(64)              NOT NULL UNIQUE,
    kind          VARCHAR(10)              NOT NULL,
    iin           CHAR(12)                 UNIQUE,
    password_hash VARCHAR(200),
    phone         VARCHAR(20),
    email         VARCHAR(254),
    status        VARCHAR(12)              NOT NULL,
    language      VARCHAR(2)               NOT NULL,
    demo          BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE identity_one_time_code (
    account_id UUID                     NOT NULL PRIMARY KEY REFERENCES identity_account (id),
    code_hash  CHAR(64)                 NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts   INT                      NOT NULL
);

CREATE TABLE identity_token (
    id           UUID                     NOT NULL PRIMARY KEY,
    token_hash   CHAR(64)                 NOT NULL UNIQUE,
    kind         VARCHAR(10)              NOT NULL,
    account_id   UUID REFERENCES identity_account (id),
    body_code    VARCHAR(40),
    name         VARCHAR(100)             NOT NULL,
    created_by   VARCHAR(80)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_token_body_idx ON identity_token (body_code, created_at);

-- Fixed-window counters for login throttling, lock-out and registration limits; shared by nodes.
CREATE TABLE identity_rate_limit (
    bucket       VARCHAR(200)             NOT NULL PRIMARY KEY,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    hits         INT                      NOT NULL
);

CREATE TABLE identity_session (
    primary_id            CHAR(36)     NOT NULL PRIMARY KEY,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100)
);
CREATE UNIQUE INDEX identity_session_ix1 ON identity_session (session_id);
CREATE INDEX identity_session_ix2 ON identity_session (expiry_time);
CREATE INDEX identity_session_ix3 ON identity_session (principal_name);

CREATE TABLE identity_session_attributes (
    session_primary_id CHAR(36)     NOT NULL REFERENCES identity_session (primary_id) ON DELETE CASCADE,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
