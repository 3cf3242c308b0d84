-- Drafts of online applications: the applicant's own unsent work, never seen by a body, kept
-- until they submit it, delete it, or it expires.
CREATE TABLE applications_draft (
    id           UUID                     NOT NULL PRIMARY KEY,
    account_id   VARCHAR(100)             NOT NULL,
    service_code CHAR(8)                  NOT NULL,
    region_code  VARCHAR(10),
    form         VARCHAR(100000)          NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX applications_draft_account_idx ON applications_draft (account_id, updated_at);
CREATE INDEX applications_draft_expiry_idx ON applications_draft (expires_at);
