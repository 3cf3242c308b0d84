-- The service centre a complaint counts against, recorded when it is filed: the centre complained
-- about, or the one that filed the application complained about (none for an online filing or a
-- complaint about a body). The ratings' rebuild reads it here instead of looking up every
-- complained-about application. Complaints filed before are filled in once, below.
ALTER TABLE feedback_complaint ADD COLUMN centre_code VARCHAR(50);

UPDATE feedback_complaint SET centre_code = subject_code WHERE subject_kind = 'CENTRE';

-- The reference is cast to the column's type: compared as text, PostgreSQL could not use the
-- reference's index and would scan every application for each complaint.
UPDATE feedback_complaint c SET centre_code = (SELECT a.centre_code FROM applications_application a
    WHERE a.reference = CAST(REPLACE(c.subject_code, '-', '') AS CHAR(11)))
  WHERE c.subject_kind = 'APPLICATION';
