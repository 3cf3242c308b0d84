-- Documents: result documents issued for applications, the signing keys of the issuing bodies,
-- and the count of public verifications.

-- One row per body that has ever had a signing key: locked to create or rotate its key, so two
-- nodes never make two current keys for one body.
CREATE TABLE documents_signing_body (
    body_code VARCHAR(40) NOT NULL PRIMARY KEY
);

-- ECDSA P-256 keys. The private half is sealed with AES-256-GCM under the master key
-- (onestop.documents.master-key): base64 of the 12-byte nonce followed by the ciphertext.
-- A retired key signs nothing more but still verifies; an expired one verifies nothing.
CREATE TABLE documents_signing_key (
    kid                VARCHAR(64)              NOT NULL PRIMARY KEY,
    body_code          VARCHAR(40)              NOT NULL REFERENCES documents_signing_body (body_code),
    algorithm          VARCHAR(10)              NOT NULL,
    public_jwk         VARCHAR(1000)            NOT NULL,
    private_key_sealed VARCHAR(1000)            NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at         TIMESTAMP WITH TIME ZONE,
    expires_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX documents_signing_key_body_idx ON documents_signing_key (body_code, created_at);

CREATE TABLE documents_document (
    id                    UUID                     NOT NULL PRIMARY KEY,
    number                CHAR(11)                 NOT NULL UNIQUE,
    -- what made it: the application's reference, the state it moved to and when (or a re-issue)
    issued_for            VARCHAR(120)             NOT NULL UNIQUE,
    application_reference CHAR(11)                 NOT NULL,
    type                  VARCHAR(60)              NOT NULL,
    service_code          VARCHAR(20)              NOT NULL,
    standard_version_id   BIGINT,
    body_code             VARCHAR(40)              NOT NULL,
    centre_code           VARCHAR(40),
    holder_iin            CHAR(12)                 NOT NULL,
    holder_name           VARCHAR(200),
    holder_masked         VARCHAR(100)             NOT NULL,
    language              VARCHAR(2)               NOT NULL,
    ground                INT,
    issued_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    kid                   VARCHAR(64)              NOT NULL REFERENCES documents_signing_key (kid),
    token                 VARCHAR(2000)            NOT NULL,
    revoked_at            TIMESTAMP WITH TIME ZONE,
    revoked_by            VARCHAR(80),
    revocation_reason     VARCHAR(1000),
    superseded_by         UUID,
    verifications         BIGINT                   NOT NULL DEFAULT 0,
    last_verified_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX documents_document_application_idx ON documents_document (application_reference, issued_at);
CREATE INDEX documents_document_holder_idx ON documents_document (holder_iin, issued_at);
