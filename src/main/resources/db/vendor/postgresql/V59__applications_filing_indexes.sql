-- PostgreSQL only (H2 has no partial indexes): fewer indexes for each filing to write. Every query
-- of a body's applications asks for the open ones, which applications_open_queue_idx (V13) holds
-- in the order they are read, so the plain (body_code, decided_at, due_at) index serves nothing
-- here. A centre's list reads only applications filed at that centre: online and agency filings,
-- most of them, have no centre and are left out of its index.
DROP INDEX applications_queue_idx;
DROP INDEX applications_centre_idx;
CREATE INDEX applications_centre_idx ON applications_application (centre_code, state)
    WHERE centre_code IS NOT NULL;
