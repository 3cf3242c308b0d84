-- Documents uploaded for applications. The bytes live in the upload store (a directory of files
-- named by the upload's id, outside the database); a row here says who uploaded which file, its
-- checked type, size and checksum, and, once attached, the application and the standard's
-- document code it stands for. An upload not attached by expires_at is removed.
CREATE TABLE applications_upload (
    id             UUID                     NOT NULL PRIMARY KEY,
    owner_id       VARCHAR(200)             NOT NULL,
    file_name      VARCHAR(255)             NOT NULL,
    media_type     VARCHAR(100)             NOT NULL,
    size_bytes     BIGINT                   NOT NULL,
    sha256         CHAR(64)                 NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE,
    application_id UUID REFERENCES applications_application (id),
    document_code  VARCHAR(60),
    attached_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX applications_upload_owner_idx ON applications_upload (owner_id, application_id);
CREATE INDEX applications_upload_application_idx ON applications_upload (application_id);
CREATE INDEX applications_upload_expiry_idx ON applications_upload (expires_at);

-- A draft remembers the uploads meant for it (standard document code -> upload id), as JSON.
ALTER TABLE applications_draft ADD COLUMN documents VARCHAR(4000) DEFAULT '{}' NOT NULL;
