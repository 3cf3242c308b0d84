-- A centre's desk lists the applications it filed by state (results ready to hand out).
CREATE INDEX applications_centre_idx ON applications_application (centre_code, state);
