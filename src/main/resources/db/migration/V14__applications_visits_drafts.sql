-- In-person visits per application ("reducing personal points of contact"): one for filing at a
-- centre, one for each later step an operator takes with the applicant at the counter (collecting
-- the result). Existing rows are counted from their timelines.
ALTER TABLE applications_application ADD COLUMN visits SMALLINT DEFAULT 0 NOT NULL;
UPDATE applications_application a
   SET visits = (CASE WHEN a.channel = 'SERVICE_CENTRE' THEN 1 ELSE 0 END)
       + (SELECT COUNT(*) FROM applications_event e
           WHERE e.application_id = a.id AND e.from_state IS NOT NULL AND e.roles LIKE '%OPERATOR%')
 WHERE a.channel = 'SERVICE_CENTRE'
    OR EXISTS (SELECT 1 FROM applications_event e
                WHERE e.application_id = a.id AND e.from_state IS NOT NULL AND e.roles LIKE '%OPERATOR%');

-- When a draft was started, and how every draft ended: filed (with its application's reference)
-- or abandoned (deleted by its owner or expired). The online completion rate is read from these.
ALTER TABLE applications_draft ADD COLUMN started_at TIMESTAMP WITH TIME ZONE;
UPDATE applications_draft SET started_at = updated_at;
ALTER TABLE applications_draft ALTER COLUMN started_at SET NOT NULL;

CREATE TABLE applications_draft_outcome (
    draft_id     UUID                     NOT NULL PRIMARY KEY,
    service_code CHAR(8)                  NOT NULL,
    body_code    VARCHAR(50),
    region_code  VARCHAR(10),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reference    CHAR(11)
);
